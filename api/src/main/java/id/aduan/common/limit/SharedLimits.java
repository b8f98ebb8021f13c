package id.aduan.common.limit;

import id.aduan.common.error.Msg;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Rate limits kept in PostgreSQL, so that every API instance counts against the same limit and a
 * restart forgets nothing (ADR 0025). Each key is one row holding its theoretical arrival time
 * (GCRA, the token bucket written as one timestamp): a request is allowed when the time, moved on
 * by one request's share of the period, stays within one period from now. Taking is one atomic
 * statement, so concurrent requests each cost one, and a connection is held for that statement
 * only.
 */
@ApplicationScoped
public class SharedLimits {
  /**
   * $1 key, $2 seconds per request, $3 the period in seconds; a row comes back only when taken.
   * The theoretical arrival time never passes now + period, so a refused caller waits at most one
   * request's share of the period, and exactly that while the allowance is used up.
   */
  private static final String TAKE = """
      INSERT INTO rate_limit AS l (key, tat) VALUES ($1, now() + make_interval(secs => $2))
      ON CONFLICT (key) DO UPDATE SET tat = greatest(l.tat, now()) + make_interval(secs => $2)
        WHERE greatest(l.tat, now()) + make_interval(secs => $2) <= now() + make_interval(secs => $3)
      RETURNING 1""";
  /**
   * Full allowances are the same as no row; guesses' windows past a day are over. Both tables hold
   * the keys of the last period only: read whole, they need no index that every update would pay.
   */
  private static final String FORGET = """
      WITH l AS (DELETE FROM rate_limit WHERE tat < now() RETURNING 1),
      p AS (DELETE FROM pin_attempt WHERE window_started_at < now() - interval '1 day' RETURNING 1)
      SELECT (SELECT count(*) FROM l) + (SELECT count(*) FROM p) AS forgotten""";
  private static final String GIVE_BACK = """
      UPDATE rate_limit SET tat = tat - make_interval(secs => $2) WHERE key = $1""";

  private final Pool pool;

  SharedLimits(Pool pool) {
    this.pool = pool;
  }

  /** Takes one request from {@code key}'s allowance: zero when taken, otherwise how long until one is free. */
  public Uni<Duration> take(String key, Rate rate) {
    if (rate.isOff()) {
      return Uni.createFrom().item(Duration.ZERO);
    }
    return pool.preparedQuery(TAKE).execute(Tuple.of(key, perRequest(rate), seconds(rate.period())))
        .map(rows -> rows.size() > 0 ? Duration.ZERO : Duration.ofNanos(rate.period().toNanos() / rate.count()));
  }

  /**
   * Takes one request from {@code key}'s allowance, or fails with 429: {@code detail} is the
   * sentence for a person, whose {@code {seconds}} is filled with the wait.
   */
  public Uni<Void> require(String key, Rate rate, Msg detail) {
    return take(key, rate).invoke(wait -> {
      if (!wait.isZero()) {
        throw new TooManyRequestsException(detail, wait);
      }
    }).replaceWithVoid();
  }

  /** Returns a request taken by {@link #take}, for one that turned out not to count (a right PIN). */
  public Uni<Void> giveBack(String key, Rate rate) {
    if (rate.isOff()) {
      return Uni.createFrom().voidItem();
    }
    return pool.preparedQuery(GIVE_BACK).execute(Tuple.of(key, perRequest(rate))).replaceWithVoid();
  }

  /** Rows that no longer hold anything back; any instance may run it, at any time. */
  @io.quarkus.scheduler.Scheduled(identity = "shared-limits-cleanup", every = "${aduan.rate-limits.cleanup-every:10m}",
      delayed = "1m", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> forget() {
    return pool.query(FORGET).execute().replaceWithVoid();
  }

  private static double perRequest(Rate rate) {
    return seconds(rate.period()) / rate.count();
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
