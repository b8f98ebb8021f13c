package id.aduan.report;

import id.aduan.common.config.AppConfig;
import id.aduan.common.limit.Rate;
import id.aduan.common.limit.TooManyRequestsException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Wrong PINs per report, counted in the database so that every instance and every address
 * shares one count: a report takes {@code count} wrong PINs per window, then none until the
 * window ends. Written through the pool, outside the request's transaction, since the wrong
 * PIN's 404 rolls that back.
 */
@ApplicationScoped
class PinGuard {
  private static final String FAILED = """
      INSERT INTO pin_guard AS g (report_id, window_started_at, failures) VALUES ($1, $2, 1)
      ON CONFLICT (report_id) DO UPDATE SET
        failures = CASE WHEN g.window_started_at <= $3 THEN 1 ELSE g.failures + 1 END,
        window_started_at = CASE WHEN g.window_started_at <= $3 THEN $2 ELSE g.window_started_at END""";

  private final Pool pool;
  private final Rate rate;

  PinGuard(Pool pool, AppConfig config) {
    this.pool = pool;
    this.rate = config.rateLimits().pinFailuresPerReport();
  }

  /** Fails with 429 while the report's window has no wrong PIN left. */
  Uni<Void> check(UUID reportId) {
    if (rate.isOff()) {
      return Uni.createFrom().voidItem();
    }
    Instant now = Instant.now();
    return pool.preparedQuery("SELECT window_started_at, failures FROM pin_guard WHERE report_id = $1")
        .execute(Tuple.of(reportId))
        .invoke(rows -> {
          for (var row : rows) {
            Instant ends = row.getOffsetDateTime("window_started_at").toInstant().plus(rate.period());
            if (row.getInteger("failures") >= rate.count() && ends.isAfter(now)) {
              throw new TooManyRequestsException(
                  "Too many wrong PINs were tried for this report. Please try again in {seconds} seconds.",
                  Duration.between(now, ends));
            }
          }
        })
        .replaceWithVoid();
  }

  Uni<Void> failed(UUID reportId) {
    if (rate.isOff()) {
      return Uni.createFrom().voidItem();
    }
    Instant now = Instant.now();
    return pool.preparedQuery(FAILED)
        .execute(Tuple.of(reportId, at(now), at(now.minus(rate.period()))))
        .replaceWithVoid();
  }

  private static OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
