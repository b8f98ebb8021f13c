package id.aduan.officer;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Officers, keyset-paged by subject (officer_agency_idx serves the agency filter). */
@ApplicationScoped
public class OfficerRepository implements PanacheRepositoryBase<Officer, String> {

  public Uni<List<Officer>> page(UUID agencyId, String afterSubject, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = "1 = 1";
    if (agencyId != null) {
      where += " and agencyId = :agency";
      params.put("agency", agencyId);
    }
    if (afterSubject != null) {
      where += " and subject > :after";
      params.put("after", afterSubject);
    }
    return find(where + " order by subject", params).range(0, limit - 1).list();
  }
}
