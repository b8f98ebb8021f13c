package id.aduan.common.crypto;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps every sealed column under the current key (ADR 0026).
 *
 * <p>At startup, before the API serves: no key, no start; then the values that are not sealed
 * with associated data (in clear, or of the first encryption, {@code enc1:}) are sealed in
 * batches. This is the only place that reads them; partial indexes keep it free once done.
 *
 * <p>Rotation: with a new current key and the old one retired, {@link #reencrypt} walks each
 * table by id in batches and re-seals the values under a retired key while the API serves. Every
 * instance starts it when retired keys are configured. A batch locks its rows; a batch of another
 * instance that waits for them reads them again once they are free and leaves out those now
 * current, so a row is re-sealed once and none is skipped.
 */
@ApplicationScoped
public class PersonalDataRewrap {
  /** A table with personal data: its uuid key is {@code id}. */
  record Table(String name, List<PersonalDataCipher.Column> columns) {
    static Table of(String name, String... columns) {
      List<PersonalDataCipher.Column> cs = new ArrayList<>();
      for (String c : columns) {
        cs.add(new PersonalDataCipher.Column(name, c));
      }
      return new Table(name, cs);
    }

    String columnList() {
      return columns.stream().map(PersonalDataCipher.Column::name).collect(Collectors.joining(", "));
    }
  }

  static final List<Table> TABLES = List.of(
      Table.of("report", "contact_name", "contact_email", "contact_phone"),
      Table.of("webhook_subscription", "secret"),
      Table.of("outbox", "destination"));
  private static final int BATCH = 200;
  private final Pool pool;
  private final java.util.concurrent.atomic.AtomicReference<Progress> progress =
      new java.util.concurrent.atomic.AtomicReference<>(new Progress(false, 0, null));

  /** This instance's last re-encryption: whether it runs, rows re-sealed, when it ended (null: not yet). */
  public record Progress(boolean running, int rows, java.time.Instant finishedAt) {}

  PersonalDataRewrap(Pool pool) {
    this.pool = pool;
  }

  void onStart(@Observes StartupEvent start) {
    PersonalDataKeys keys = PersonalDataCipher.keys();
    int total = 0;
    for (Table t : TABLES) {
      total += migrate(t).await().indefinitely();
    }
    if (total > 0) {
      Log.infof("Personal data: sealed %d rows written in clear or under the first encryption", total);
    }
    if (keys.hasRetiredKeys()) {
      start();
    }
  }

  /**
   * Starts re-encrypting under the current key in the background, unless this instance already
   * is; the progress as it stands.
   */
  public Progress start() {
    Progress now = progress.get();
    if (now.running() || !progress.compareAndSet(now, new Progress(true, 0, null))) {
      return progress.get();
    }
    String key = PersonalDataCipher.keys().currentId();
    reencrypt().subscribe().with(
        n -> {
          progress.set(new Progress(false, n, java.time.Instant.now()));
          Log.infof("Personal data: re-encrypted %d rows under key %s; none is left under a retired key", n, key);
        },
        e -> {
          progress.set(new Progress(false, 0, null));
          Log.errorf(e, "Personal data: the re-encryption under key %s stopped; start it again", key);
        });
    return progress.get();
  }

  public Progress progress() {
    return progress.get();
  }

  /** Seals, in batches, the values of {@code t} that are in clear or of the first encryption. */
  Uni<Integer> migrate(Table t) {
    String unsealed = t.columns().stream().map(c -> "left(" + c.name() + ", 5) <> 'enc2:'")
        .collect(Collectors.joining(" OR "));
    return batches(t, "SELECT id, " + t.columnList() + " FROM " + t.name() + " WHERE " + unsealed
        + " LIMIT " + BATCH + " FOR UPDATE");
  }

  /** Re-seals every value under a retired key with the current one; the number of rows rewritten. */
  public Uni<Integer> reencrypt() {
    Uni<Integer> all = Uni.createFrom().item(0);
    for (Table t : TABLES) {
      all = all.flatMap(n -> walk(t, null, n));
    }
    return all;
  }

  private Uni<Integer> walk(Table t, UUID after, int done) {
    String current = PersonalDataCipher.PREFIX + PersonalDataCipher.keys().currentId() + ":";
    String stale = t.columns().stream().map(c -> "left(" + c.name() + ", " + current.length() + ") <> '" + current + "'")
        .collect(Collectors.joining(" OR "));
    String sql = "SELECT id, " + t.columnList() + " FROM " + t.name() + " WHERE id > $1 AND (" + stale + ")"
        + " ORDER BY id LIMIT " + BATCH + " FOR UPDATE";
    // PostgreSQL orders uuids by their bytes, unsigned: the nil uuid comes first.
    UUID from = after == null ? new UUID(0, 0) : after;
    return batch(t, sql, Tuple.of(from))
        .flatMap(ids -> ids.size() < BATCH ? Uni.createFrom().item(done + ids.size())
            : walk(t, ids.get(ids.size() - 1), done + ids.size()));
  }

  private Uni<Integer> batches(Table t, String select) {
    return batch(t, select, Tuple.tuple())
        .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(0) : batches(t, select).map(m -> m + ids.size()));
  }

  /** In a transaction of its own: the rows {@code select} locks, re-sealed; their ids, in order. */
  private Uni<List<UUID>> batch(Table t, String select, Tuple args) {
    return pool.withTransaction(conn -> conn.preparedQuery(select).execute(args).flatMap(rows -> {
      List<Row> list = new ArrayList<>();
      rows.forEach(list::add);
      return rewrite(conn, t, list).replaceWith(list.stream().map(r -> r.getUUID("id")).toList());
    }));
  }

  private static Uni<Void> rewrite(SqlConnection conn, Table t, List<Row> rows) {
    if (rows.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    StringBuilder update = new StringBuilder("UPDATE " + t.name() + " SET ");
    for (int i = 0; i < t.columns().size(); i++) {
      update.append(i == 0 ? "" : ", ").append(t.columns().get(i).name()).append(" = $").append(i + 2);
    }
    update.append(" WHERE id = $1");
    List<Tuple> batch = new ArrayList<>();
    for (Row r : rows) {
      UUID id = r.getUUID("id");
      Tuple values = Tuple.of(id);
      for (PersonalDataCipher.Column c : t.columns()) {
        String stored = r.getString(c.name());
        values.addString(PersonalDataCipher.isCurrent(stored) ? stored
            : PersonalDataCipher.seal(PersonalDataCipher.openForMigration(stored, c, id), c, id));
      }
      batch.add(values);
    }
    return conn.preparedQuery(update.toString()).executeBatch(batch).replaceWithVoid();
  }
}
