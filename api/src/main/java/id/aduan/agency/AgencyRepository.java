package id.aduan.agency;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Agency queries, keyset-paged by code (unique), backed by agency_code_uq and agency_parent_code_idx. */
@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

  public Uni<List<Agency>> page(UUID parentId, String afterCode, int limit) {
    String where = parentId == null ? "1 = 1" : "parentId = :parent";
    var params = new java.util.HashMap<String, Object>();
    if (parentId != null) {
      params.put("parent", parentId);
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

  /** The agency and all its sub-units, at any depth. */
  public Uni<List<UUID>> subtree(UUID root) {
    return getSession().flatMap(s -> s.createNativeQuery(
            "with recursive t(id) as (select id from agency where id = :root"
                + " union select a.id from agency a join t on a.parent_id = t.id) select id from t", UUID.class)
        .setParameter("root", root)
        .getResultList());
  }
}
