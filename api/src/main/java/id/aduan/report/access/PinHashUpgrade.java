package id.aduan.report.access;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;

/**
 * At startup, after the demo data: PIN hashes made before the pepper are wrapped in it, in
 * batches, so that a dump of the database alone no longer confirms a guess (ADR 0025). The
 * reporters keep their PINs. Instances that run it together never wrap a hash twice: each update
 * applies only while the hash is still the old one.
 */
@ApplicationScoped
class PinHashUpgrade {
  private static final String OLD = """
      SELECT id, pin_hash FROM report WHERE left(pin_hash, 14) = 'pbkdf2-sha256$' AND id > $1 ORDER BY id LIMIT 500""";
  private static final String WRAP = "UPDATE report SET pin_hash = $2 WHERE id = $1 AND pin_hash = $3";

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start, Pool pool, Pins pins) {
    int total = 0;
    java.util.UUID after = new java.util.UUID(0, 0);
    RowSet<Row> rows;
    // Keyset by id: a damaged hash that cannot be wrapped is passed over, not read again.
    while ((rows = pool.preparedQuery(OLD).execute(Tuple.of(after)).await().indefinitely()).size() > 0) {
      List<Tuple> batch = new ArrayList<>();
      for (Row r : rows) {
        String old = r.getString("pin_hash");
        after = r.getUUID("id");
        batch.add(Tuple.of(after, pins.wrap(old), old));
      }
      pool.preparedQuery(WRAP).executeBatch(batch).await().indefinitely();
      total += batch.size();
    }
    if (total > 0) {
      Log.infof("PINs: wrapped %d PIN hashes of before the pepper", total);
    }
  }
}
