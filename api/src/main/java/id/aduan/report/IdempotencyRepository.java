package id.aduan.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Idempotency-Keys of submissions (report_idempotency), in the caller's transaction. */
@ApplicationScoped
public class IdempotencyRepository {
  /** As long as a guest's proof of work lives, so that no stamp can claim a forgotten key again. */
  public static final java.time.Duration RETENTION = id.aduan.common.limit.ProofOfWork.LIFETIME;

  /** What a key was first used for. */
  public record Claim(String requestHash, UUID reportId) {}

  /**
   * Claims the key for a new report; when it was claimed before, returns that first claim. A
   * concurrent request with the same key waits on the primary key until the first commits.
   */
  public Uni<Claim> claim(String scope, String key, String requestHash, UUID reportId, Instant now) {
    return Panache.getSession().flatMap(s -> s.createNativeQuery(
            "insert into report_idempotency (scope, key, request_hash, report_id, created_at)"
                + " values (:scope, :key, :hash, :report, :now) on conflict (scope, key) do nothing")
        .setParameter("scope", scope).setParameter("key", key).setParameter("hash", requestHash)
        .setParameter("report", reportId).setParameter("now", now)
        .executeUpdate()
        .flatMap(inserted -> inserted == 1 ? Uni.createFrom().nullItem()
            : s.createNativeQuery("select request_hash, report_id from report_idempotency"
                    + " where scope = :scope and key = :key", Object[].class)
                .setParameter("scope", scope).setParameter("key", key)
                .getSingleResult()
                .map(row -> new Claim((String) row[0], (UUID) row[1]))));
  }

  /** Keys are kept for {@link #RETENTION}, a day: long enough for any client's retries. */
  public Uni<Integer> purgeOlderThan(Instant cutoff) {
    return Panache.getSession().flatMap(s -> s.createNativeQuery(
            "delete from report_idempotency where created_at < :cutoff")
        .setParameter("cutoff", cutoff).executeUpdate());
  }
}
