package id.aduan.testing;

import io.vertx.mutiny.sqlclient.Pool;

/** Rate limits and PIN guesses are counted in the database (ADR 0025); a test of them starts with none. */
public final class Limits {
  private Limits() {}

  public static void forget(Pool pool) {
    pool.query("DELETE FROM rate_limit").execute().await().indefinitely();
    pool.query("DELETE FROM pin_attempt").execute().await().indefinitely();
  }
}
