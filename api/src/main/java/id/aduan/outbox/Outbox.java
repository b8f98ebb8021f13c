package id.aduan.outbox;

import static id.aduan.common.SqlValues.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.InsertStatement;
import id.aduan.common.Uuids;
import id.aduan.common.crypto.PersonalDataCipher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Puts messages in the outbox, inside the caller's transaction: the message exists if and only
 * if the change it announces committed.
 */
@ApplicationScoped
public class Outbox {
  private final ObjectMapper json;

  Outbox(ObjectMapper json) {
    this.json = json;
  }

  /** What to send, to whom, about what; {@code payload} is what the transport needs. */
  public record Message(OutboxEntry.Kind kind, String destination, String gateway, UUID subscriptionId, UUID reportId,
      String eventType, Map<String, Object> payload) {}

  /** In the caller's Hibernate transaction. */
  public Uni<OutboxEntry> enqueue(Message m) {
    OutboxEntry e = entry(m);
    return Panache.getSession().flatMap(s -> s.persist(e)).replaceWith(e);
  }

  /** Several, in the caller's Hibernate transaction. */
  public Uni<Void> enqueue(List<Message> messages) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Message m : messages) {
      chain = chain.call(x -> enqueue(m));
    }
    return chain;
  }

  /**
   * The same messages, written on {@code conn} in its transaction: for a new report, which is
   * written through the SQL client (ReportWriter, ADR 0024).
   */
  public Uni<Void> enqueue(SqlConnection conn, List<Message> messages) {
    if (messages.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Map<String, Object>> rows = new ArrayList<>(messages.size());
    for (Message m : messages) {
      OutboxEntry e = entry(m);
      Map<String, Object> v = new HashMap<>();
      v.put("id", e.id);
      v.put("kind", e.kind.name());
      v.put("destination", e.destination);
      v.put("gateway", e.gateway);
      v.put("subscription_id", e.subscriptionId);
      v.put("report_id", e.reportId);
      v.put("event_type", e.eventType);
      v.put("payload", e.payload);
      v.put("status", e.status.name());
      v.put("attempts", e.attempts);
      v.put("next_attempt_at", utc(e.nextAttemptAt));
      v.put("last_error", e.lastError);
      v.put("created_at", utc(e.createdAt));
      v.put("sent_at", utc(e.sentAt));
      rows.add(v);
    }
    return INSERT.executeBatch(conn, rows);
  }

  /** Every column of the table (OutboxEntry), as Hibernate would write them. */
  public static final InsertStatement INSERT = InsertStatement.into("outbox", "id", "kind", "destination", "gateway",
      "subscription_id", "report_id", "event_type", "payload::jsonb", "status", "attempts", "next_attempt_at",
      "last_error", "created_at", "sent_at");

  private OutboxEntry entry(Message m) {
    OutboxEntry e = new OutboxEntry();
    e.id = Uuids.v7();
    e.kind = m.kind();
    e.destination = PersonalDataCipher.seal(m.destination(), OutboxEntry.DESTINATION, e.id);
    e.gateway = m.gateway();
    e.subscriptionId = m.subscriptionId();
    e.reportId = m.reportId();
    e.eventType = m.eventType();
    e.payload = write(m.payload());
    e.status = OutboxEntry.Status.PENDING;
    e.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    e.nextAttemptAt = e.createdAt;
    return e;
  }

  private String write(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("an outbox payload cannot be written as JSON", e);
    }
  }
}
