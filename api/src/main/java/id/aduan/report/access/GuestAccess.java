package id.aduan.report.access;

import id.aduan.common.Workers;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.Msg;
import id.aduan.common.limit.Rate;
import id.aduan.common.limit.SharedLimits;
import id.aduan.common.limit.TooManyRequestsException;
import id.aduan.report.TrackingCodes;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Checks a guest's PIN or access key and hands out a {@link GuestPass} (ADR 0025). Every guess
 * is counted before it is compared, in one statement that also reads the PIN's hash, so that N
 * guesses sent at once cost N; a right one is given back. Two counts: the client address's
 * guesses at any report, and its guesses at this report. Neither is per report alone, so a
 * stranger cannot lock the reporter out; and the access key (132 bits, nothing to guess) is
 * checked before anything is counted, so it is never held back (a wrong one counts as a guess).
 * Each statement borrows a pooled connection for itself alone:
 * nothing here waits for a connection while holding one, and the comparison runs with none held.
 */
@ApplicationScoped
public class GuestAccess {
  private static final String GUESS = """
      WITH r AS (SELECT id, pin_hash FROM report WHERE %s = $1),
      a AS (
        INSERT INTO pin_attempt AS g (report_id, address, window_started_at, attempts)
        SELECT id, $2, now(), 1 FROM r WHERE pin_hash IS NOT NULL
        ON CONFLICT (report_id, address) DO UPDATE SET
          attempts = CASE WHEN g.window_started_at <= now() - make_interval(secs => $3) THEN 1 ELSE g.attempts + 1 END,
          window_started_at = CASE WHEN g.window_started_at <= now() - make_interval(secs => $3) THEN now()
            ELSE g.window_started_at END
        RETURNING attempts, window_started_at)
      SELECT r.id, r.pin_hash, a.attempts,
        extract(epoch FROM a.window_started_at + make_interval(secs => $3) - now()) AS wait
      FROM r LEFT JOIN a ON true""";
  private static final String GUESS_BY_ID = GUESS.formatted("id");
  private static final String GUESS_BY_CODE = GUESS.formatted("tracking_code");
  private static final String GIVE_BACK = """
      UPDATE pin_attempt SET attempts = attempts - 1 WHERE report_id = $1 AND address = $2 AND attempts > 0""";

  private final Pool pool;
  private final Pins pins;
  private final SharedLimits limits;
  private final Workers workers;
  private final Rate perAddress;
  private final Rate perReport;
  private final MeterRegistry metrics;

  GuestAccess(Pool pool, Pins pins, SharedLimits limits, Workers workers, AppConfig config, MeterRegistry metrics) {
    this.pool = pool;
    this.pins = pins;
    this.limits = limits;
    this.workers = workers;
    this.perAddress = config.rateLimits().pinFailuresPerAddress();
    this.perReport = config.rateLimits().pinAttemptsPerReportAndAddress();
    this.metrics = metrics;
  }

  /** A report by id, for X-Report-Pin: 401 without a secret, 404 for a wrong one. */
  public Uni<GuestPass> byId(UUID id, String secret, String address) {
    return verify(GUESS_BY_ID, id, secret, address);
  }

  /** A report by tracking code, as the tracking page opens it. */
  public Uni<GuestPass> byCode(String typedCode, String secret, String address) {
    // A malformed code is a wrong guess like any other.
    return verify(GUESS_BY_CODE, TrackingCodes.normalise(typedCode).orElse("-"), secret, address);
  }

  private Uni<GuestPass> verify(String sql, Object report, String secret, String address) {
    if (secret == null || secret.isBlank()) {
      return Uni.createFrom().failure(new UnauthorizedException());
    }
    String s = secret.strip();
    String addressKey = "guess:" + address;
    if (Pins.isAccessKey(s)) {
      return byAccessKey(report, s).onItem().ifNull().switchTo(() -> takeGuess(addressKey)
          .map(x -> { throw ReportAccess.noSuchReport(); }));
    }
    return takeGuess(addressKey)
        .flatMap(x -> byPin(sql, report, s, address))
        .call(pass -> limits.giveBack(addressKey, perAddress));
  }

  /** One of the address's guesses, taken before a PIN is compared; 429 when none is left. */
  private Uni<Void> takeGuess(String addressKey) {
    return limits.require(addressKey, perAddress, Msg.of("limit.guesses"));
  }

  /**
   * The key is checked against the report's id, with nothing counted first: it is too long to
   * guess, and the reporter behind a busy address must get in. A wrong one (null here) is then
   * counted as a guess.
   */
  private Uni<GuestPass> byAccessKey(Object report, String key) {
    Uni<UUID> id = report instanceof UUID u ? Uni.createFrom().item(u)
        : pool.preparedQuery("SELECT id FROM report WHERE tracking_code = $1").execute(Tuple.of(report))
            .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("id"));
    return id.map(found -> found != null && pins.matchesAccessKey(found, key) ? new GuestPass(found) : null);
  }

  private Uni<GuestPass> byPin(String sql, Object report, String pin, String address) {
    if (!Pins.isPin(pin)) {
      return Uni.createFrom().failure(ReportAccess.noSuchReport());
    }
    double window = perReport.isOff() ? 0 : perReport.period().toNanos() / 1e9;
    return pool.preparedQuery(sql).execute(Tuple.of(report, address, window)).flatMap(rows -> {
      Row row = rows.size() == 0 ? null : rows.iterator().next();
      if (row == null || row.getInteger("attempts") == null) {
        throw ReportAccess.noSuchReport(); // no such report, or one without a PIN
      }
      UUID id = row.getUUID("id");
      if (!perReport.isOff() && row.getInteger("attempts") > perReport.count()) {
        metrics.counter("aduan.pin.held_back").increment();
        throw refused(Msg.of("limit.pinGuesses"),
            Duration.ofMillis((long) Math.ceil(row.getNumeric("wait").doubleValue() * 1000)));
      }
      String hash = row.getString("pin_hash");
      Uni<Boolean> matches = Pins.isCheap(hash) ? Uni.createFrom().item(pins.matches(pin, hash))
          : workers.run(() -> pins.matches(pin, hash));
      return matches.flatMap(ok -> {
        if (!ok) {
          return Uni.createFrom().failure(ReportAccess.noSuchReport());
        }
        return pool.preparedQuery(GIVE_BACK).execute(Tuple.of(id, address)).replaceWith(new GuestPass(id));
      });
    });
  }

  private static TooManyRequestsException refused(Msg detail, Duration wait) {
    return new TooManyRequestsException(detail, wait.isNegative() ? Duration.ofSeconds(1) : wait);
  }
}
