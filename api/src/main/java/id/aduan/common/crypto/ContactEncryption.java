package id.aduan.common.crypto;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;

/**
 * At startup: no key, no start (a clear message instead of the first reporter's failure); then
 * the contact data written before encryption (V18) is encrypted in batches. Several instances
 * may run it at once: a value already encrypted is never encrypted again.
 */
@ApplicationScoped
public class ContactEncryption {
  private static final String CLEAR = """
      SELECT id, contact_name, contact_email, contact_phone FROM report
      WHERE left(contact_name, 5) <> 'enc1:' OR left(contact_email, 5) <> 'enc1:' OR left(contact_phone, 5) <> 'enc1:'
      LIMIT 500""";
  private static final String REWRITE = """
      UPDATE report SET
        contact_name = CASE WHEN left(contact_name, 5) = 'enc1:' THEN contact_name ELSE $2 END,
        contact_email = CASE WHEN left(contact_email, 5) = 'enc1:' THEN contact_email ELSE $3 END,
        contact_phone = CASE WHEN left(contact_phone, 5) = 'enc1:' THEN contact_phone ELSE $4 END
      WHERE id = $1""";

  void onStart(@Observes StartupEvent start, Pool pool) {
    PersonalDataCipher.key();
    int total = 0;
    RowSet<Row> rows;
    while ((rows = pool.preparedQuery(CLEAR).execute().await().indefinitely()).size() > 0) {
      List<Tuple> batch = new ArrayList<>();
      for (Row r : rows) {
        batch.add(Tuple.of(r.getUUID("id"), encrypted(r.getString("contact_name")), encrypted(r.getString("contact_email")),
            encrypted(r.getString("contact_phone"))));
      }
      pool.preparedQuery(REWRITE).executeBatch(batch).await().indefinitely();
      total += batch.size();
    }
    if (total > 0) {
      Log.infof("Personal data: encrypted the contact data of %d reports written before encryption", total);
    }
  }

  private static String encrypted(String value) {
    return value == null || PersonalDataCipher.isEncrypted(value) ? value : PersonalDataCipher.encrypt(value);
  }
}
