package id.aduan.area;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Areas by parent, in code order (index area_parent_code_idx). */
@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<Area, String> {

  /** The children of {@code parent} (the top-level areas when null) after {@code after}. */
  public Uni<List<Area>> children(String parent, String after, int limit) {
    String from = after == null ? "" : after;
    var query = parent == null
        ? find("parentCode is null and code > ?1 order by code", from)
        : find("parentCode = ?1 and code > ?2 order by code", parent, from);
    return query.range(0, limit - 1).list();
  }
}
