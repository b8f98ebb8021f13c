package id.aduan.category;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Categories in code order (category_code_uq, category_parent_code_idx). */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, UUID> {

  public Uni<List<Category>> page(UUID parentId, boolean activeOnly, String afterCode, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = "1 = 1";
    if (parentId != null) {
      where += " and parentId = :parent";
      params.put("parent", parentId);
    }
    if (activeOnly) {
      where += " and active = true";
    }
    if (afterCode != null) {
      where += " and code > :after";
      params.put("after", afterCode);
    }
    return find(where + " order by code", params).range(0, limit - 1).list();
  }

  public Uni<Boolean> codeTaken(String code, UUID except) {
    return count("code = ?1 and id <> ?2", code, except == null ? new UUID(0, 0) : except).map(n -> n > 0);
  }
}
