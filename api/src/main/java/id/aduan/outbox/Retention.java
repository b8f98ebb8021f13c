package id.aduan.outbox;

import id.aduan.common.config.AppConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Forgets what no longer serves: messages sent long ago (the admins' view keeps recent ones) and
 * the ids of inbound messages past the window in which a provider still retries them. Pending
 * and dead messages stay until they are sent or an admin acts. Deletes in small batches so that
 * no statement holds many locks or a long transaction.
 */
@ApplicationScoped
public class Retention {
  private static final int BATCH = 5000;
  private static final String SENT = """
      DELETE FROM outbox WHERE id IN (
        SELECT id FROM outbox WHERE status = 'SENT' AND created_at < $1 LIMIT $2)""";
  private static final String INBOUND = """
      DELETE FROM inbound_message WHERE (provider, message_id) IN (
        SELECT provider, message_id FROM inbound_message WHERE received_at < $1 LIMIT $2)""";

  private final Pool pool;
  private final AppConfig.OutboxSettings settings;

  Retention(Pool pool, AppConfig config) {
    this.pool = pool;
    this.settings = config.outbox();
  }

  @Scheduled(identity = "outbox-retention", every = "${aduan.outbox.retention-every}", delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return purge(Instant.now())
        .invoke(n -> Log.infof("retention: %d sent messages and inbound ids forgotten", n))
        .onFailure().invoke(e -> Log.warnf(e, "retention failed; the next run retries"))
        .onFailure().recoverWithNull().replaceWithVoid();
  }

  /** Deletes what is past its keeping time as of {@code now}; the number of rows deleted. */
  public Uni<Long> purge(Instant now) {
    return drain(SENT, now.minus(settings.keepSent()))
        .flatMap(sent -> drain(INBOUND, now.minus(settings.keepInbound())).map(inbound -> sent + inbound));
  }

  private Uni<Long> drain(String sql, Instant cutoff) {
    return pool.preparedQuery(sql).execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC), BATCH))
        .flatMap(r -> r.rowCount() < BATCH
            ? Uni.createFrom().item((long) r.rowCount())
            : drain(sql, cutoff).map(more -> more + r.rowCount()));
  }
}
