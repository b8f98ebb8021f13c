package id.aduan.client;

import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API clients newest first (api_client_created_idx) and by key digest (api_client_key_hash_uq). */
@ApplicationScoped
public class ApiClientRepository implements PanacheRepositoryBase<ApiClient, UUID> {

  public Uni<List<ApiClient>> page(Cursor after, int limit) {
    if (after == null) {
      return find("order by createdAt desc, id desc").range(0, limit - 1).list();
    }
    return find("(createdAt, id) < (?1, ?2) order by createdAt desc, id desc", after.createdAt(), after.id())
        .range(0, limit - 1).list();
  }

  public Uni<ApiClient> findByKeyHash(String keyHash) {
    return find("keyHash", keyHash).firstResult();
  }

  /** Records a use at most once a {@code since} interval, so that busy clients do not write on every call. */
  public Uni<Integer> touch(UUID id, Instant now, Instant unlessUsedSince) {
    return update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id,
        unlessUsedSince);
  }
}
