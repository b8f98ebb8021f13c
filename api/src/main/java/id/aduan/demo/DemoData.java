package id.aduan.demo;

import id.aduan.common.config.AppConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Loads the demo agencies and reports of {@code ./aduan run} when {@code aduan.demo-data=true} (off by
 * default, never set by the Helm chart). Flyway's locations are fixed at build time, so
 * demo rows cannot be a Flyway location switched on at run time.
 */
public class DemoData {
  /** Any fixed number, naming this loader's lock among the database's advisory locks. */
  private static final long LOCK_KEY = 4_180_001L;

  void load(@Observes StartupEvent event, Pool pool, AppConfig config) throws IOException {
    if (!config.demoData()) {
      return;
    }
    String sql;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Startup runs on the main thread, not the event loop: waiting here is safe, and the API
    // reports ready only with its demo data in place.
    // One statement list is one transaction; its lock makes instances that start together load
    // it one after the other (the inserts skip rows that exist).
    pool.query("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ");\n" + sql).execute().await().atMost(Duration.ofSeconds(30));
    Log.info("Demo data loaded (aduan.demo-data=true)");
  }
}
