package id.aduan.report.intake;

import id.aduan.common.SqlValues;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
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
   * Claims the key for a new report on {@code conn}, in the transaction that writes the report
   * (ReportWriter); when it was claimed before, returns that first claim. A concurrent request
   * with the same key waits on the primary key until the first commits.
   */
  public Uni<Claim> claim(SqlConnection conn, String scope, String key, String requestHash, UUID reportId,
      Instant now) {
    return conn.preparedQuery("insert into report_idempotency (scope, key, request_hash, report_id, created_at)"
            + " values ($1, $2, $3, $4, $5) on conflict (scope, key) do nothing")
        .execute(Tuple.of(scope, key, requestHash, reportId, SqlValues.utc(now)))
        .flatMap(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().nullItem()
            : conn.preparedQuery("select request_hash, report_id from report_idempotency where scope = $1 and key = $2")
                .execute(Tuple.of(scope, key))
                .map(rows -> {
                  Row row = rows.iterator().next();
                  return new Claim(row.getString("request_hash"), row.getUUID("report_id"));
                }));
  }

  /** Keys are kept for {@link #RETENTION}, a day: long enough for any client's retries. */
  public Uni<Integer> purgeOlderThan(Instant cutoff) {
    return Panache.getSession().flatMap(s -> s.createNativeQuery(
            "delete from report_idempotency where created_at < :cutoff")
        .setParameter("cutoff", cutoff).executeUpdate());
  }
}
