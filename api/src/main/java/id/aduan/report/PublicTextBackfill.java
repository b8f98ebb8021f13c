package id.aduan.report;

import id.aduan.privacy.PersonalDataDetector;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * At startup, before the API serves: the reports written before their texts had public copies
 * (V21) get them, masked, in batches, so that nothing public shows what was there before. A
 * partial index finds them; it is empty once this has run. Several instances may run it at once:
 * a batch locks its rows and a waiting one reads them again once they are done.
 */
@ApplicationScoped
public class PublicTextBackfill {
  private static final String MISSING = "SELECT id, title, description, address FROM report"
      + " WHERE public_title IS NULL LIMIT 500 FOR UPDATE";
  private static final String WRITE = "UPDATE report SET public_title = $2, public_description = $3,"
      + " public_address = $4 WHERE id = $1";
  private final Pool pool;

  PublicTextBackfill(Pool pool) {
    this.pool = pool;
  }

  void onStart(@Observes StartupEvent start) {
    int total = run().await().indefinitely();
    if (total > 0) {
      Log.infof("Public texts: masked the title, description and address of %d earlier reports", total);
    }
  }

  /** Masks every report still without public copies; how many there were. */
  public Uni<Integer> run() {
    return pool.withTransaction(conn -> conn.query(MISSING).execute().flatMap(rows -> {
      List<Tuple> batch = new ArrayList<>();
      for (Row r : rows) {
        batch.add(Tuple.of(r.getUUID("id"), PersonalDataDetector.mask(r.getString("title")),
            PersonalDataDetector.mask(r.getString("description")), PersonalDataDetector.mask(r.getString("address"))));
      }
      return batch.isEmpty() ? Uni.createFrom().item(0)
          : conn.preparedQuery(WRITE).executeBatch(batch).replaceWith(batch.size());
    })).flatMap(n -> n == 0 ? Uni.createFrom().item(0) : run().map(m -> m + n));
  }
}
