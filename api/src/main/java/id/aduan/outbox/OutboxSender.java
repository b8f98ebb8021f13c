package id.aduan.outbox;

import id.aduan.common.config.AppConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends what the outbox holds. Any number of API instances may run it: a sender claims due
 * rows with {@code FOR UPDATE SKIP LOCKED} and moves their next attempt past a lease, so a row
 * is never sent by two senders at once, and a sender that dies mid-send leaves its rows to be
 * retried once the lease ends. Delivery is at least once: a sender that dies after a send but
 * before recording it sends that message again, with the same delivery id.
 */
@ApplicationScoped
public class OutboxSender {
  private static final String CLAIM = """
      UPDATE outbox o SET next_attempt_at = $1, attempts = o.attempts + 1
      FROM (SELECT id FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= $2
            ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED) due
      WHERE o.id = due.id
      RETURNING o.id, o.kind, o.destination, o.gateway, o.subscription_id, o.report_id, o.event_type,
                o.payload, o.attempts""";
  // One statement per round for what was sent; guarded by the attempt number, so that a late
  // answer from an expired lease cannot undo a newer attempt.
  private static final String SENT = """
      UPDATE outbox o SET status = 'SENT', sent_at = $1, last_error = NULL
      FROM unnest($2::uuid[], $3::int[]) AS s(id, attempts)
      WHERE o.id = s.id AND o.attempts = s.attempts AND o.status = 'PENDING'""";
  private static final String FAILED = """
      UPDATE outbox SET status = $2, next_attempt_at = $3, last_error = $4
      WHERE id = $1 AND status = 'PENDING' AND attempts = $5""";

  /** Rounds one tick may run back to back while batches come back full. */
  private static final int MAX_ROUNDS = 50;

  private final Pool pool;
  private final AppConfig.OutboxSettings settings;
  private final Map<OutboxEntry.Kind, Transport> transports = new EnumMap<>(OutboxEntry.Kind.class);

  OutboxSender(Pool pool, AppConfig config, Instance<Transport> transports) {
    this.pool = pool;
    this.settings = config.outbox();
    transports.forEach(t -> this.transports.put(t.kind(), t));
  }

  @Scheduled(every = "${aduan.outbox.every}", delayed = "3s", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return rounds(MAX_ROUNDS)
        .onFailure().invoke(e -> Log.warnf(e, "outbox: a round failed; the next one retries"))
        .onFailure().recoverWithNull().replaceWithVoid();
  }

  /**
   * A full batch means more is waiting (a burst of submissions): go on at once rather than wait
   * for the next tick, up to {@code left} rounds so that one tick cannot run forever.
   */
  private Uni<Void> rounds(int left) {
    return sendDue(Instant.now()).flatMap(round -> round.claimed() < settings.batch() || left <= 1
        ? Uni.createFrom().voidItem()
        : rounds(left - 1));
  }

  /** What a round did: messages claimed, and of those, sent. */
  public record Round(int claimed, int sent) {}

  /** One round as of {@code now}: claims what is due, sends it, records each outcome. */
  public Uni<Round> sendDue(Instant now) {
    return claim(now).flatMap(claimed -> {
      if (claimed.isEmpty()) {
        return Uni.createFrom().item(new Round(0, 0));
      }
      List<Uni<Transport.Outgoing>> sends = claimed.stream().map(m -> send(m, now)).toList();
      return Uni.join().all(sends).andCollectFailures().flatMap(results -> {
        List<Transport.Outgoing> sent = results.stream().filter(java.util.Objects::nonNull).toList();
        return recordSent(sent).replaceWith(new Round(claimed.size(), sent.size()));
      });
    }).invoke(round -> Log.debugf("Outbox round: claimed %d, sent %d", round.claimed(), round.sent()));
  }

  private Uni<Void> recordSent(List<Transport.Outgoing> sent) {
    if (sent.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return pool.preparedQuery(SENT).execute(Tuple.of(at(Instant.now()),
            sent.stream().map(Transport.Outgoing::id).toArray(UUID[]::new),
            sent.stream().map(Transport.Outgoing::attempt).toArray(Integer[]::new)))
        .replaceWithVoid();
  }

  /** Takes due rows and leases them; visible to tests that play a sender dying after this step. */
  public Uni<List<Transport.Outgoing>> claim(Instant now) {
    return pool.preparedQuery(CLAIM)
        .execute(Tuple.of(at(now.plus(settings.lease())), at(now), settings.batch()))
        .map(rows -> {
          List<Transport.Outgoing> claimed = new java.util.ArrayList<>();
          for (Row r : rows) {
            claimed.add(new Transport.Outgoing(r.getUUID("id"), OutboxEntry.Kind.valueOf(r.getString("kind")),
                OutboxEntry.destination(r), r.getString("gateway"), r.getUUID("subscription_id"),
                r.getUUID("report_id"), r.getString("event_type"), payload(r), r.getInteger("attempts")));
          }
          return claimed;
        });
  }

  private static JsonObject payload(Row r) {
    Object value = r.getValue("payload");
    return value instanceof JsonObject o ? o : new JsonObject(String.valueOf(value));
  }

  /** The message once sent, or null when it failed (its failure is recorded here). */
  private Uni<Transport.Outgoing> send(Transport.Outgoing m, Instant now) {
    Transport transport = transports.get(m.kind());
    Uni<Void> sending = transport == null
        ? Uni.createFrom().failure(new Transport.PermanentFailure("no transport is configured for " + m.kind()))
        : Uni.createFrom().deferred(() -> transport.send(m)).ifNoItem().after(settings.timeout())
            .failWith(() -> new java.util.concurrent.TimeoutException("no answer within " + settings.timeout()));
    return sending.replaceWith(m)
        .onFailure().recoverWithUni(e -> failed(m, e, now).map(x -> (Transport.Outgoing) null));
  }

  private Uni<Void> failed(Transport.Outgoing m, Throwable e, Instant now) {
    boolean dead = e instanceof Transport.PermanentFailure || m.attempt() >= settings.maxAttempts();
    String error = describe(e);
    Log.infof("outbox %s %s to %s failed (attempt %d%s): %s", m.kind(), m.id(), m.kind() == OutboxEntry.Kind.WEBHOOK
        ? m.destination() : "reporter", m.attempt(), dead ? ", dead" : "", error);
    Instant next = dead ? now : now.plus(backoff(m.attempt()));
    return pool.preparedQuery(FAILED)
        .execute(Tuple.of(m.id(), dead ? "DEAD" : "PENDING", at(next), error, m.attempt()))
        .replaceWithVoid();
  }

  /** Exponential from the first retry delay, capped, with a fifth of jitter so retries spread out. */
  Duration backoff(int attempt) {
    long base = settings.firstRetry().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, settings.maxRetry().toMillis());
    long jitter = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    return Duration.ofMillis(capped - jitter);
  }

  private static String describe(Throwable e) {
    String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }

  private static java.time.OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  /** Puts a dead message back in line (an admin's redelivery); false unless it was dead. */
  public Uni<Boolean> redeliver(UUID id) {
    return pool.preparedQuery("""
        UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = $2, last_error = NULL
        WHERE id = $1 AND status = 'DEAD'""")
        .execute(Tuple.of(id, at(Instant.now()))).map(r -> r.rowCount() == 1);
  }
}
