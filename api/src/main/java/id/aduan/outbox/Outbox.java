package id.aduan.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.Uuids;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

  public Uni<OutboxEntry> enqueue(Message m) {
    OutboxEntry e = new OutboxEntry();
    e.id = Uuids.v7();
    e.kind = m.kind();
    e.destination = m.destination();
    e.gateway = m.gateway();
    e.subscriptionId = m.subscriptionId();
    e.reportId = m.reportId();
    e.eventType = m.eventType();
    e.payload = write(m.payload());
    e.status = OutboxEntry.Status.PENDING;
    e.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    e.nextAttemptAt = e.createdAt;
    return Panache.getSession().flatMap(s -> s.persist(e)).replaceWith(e);
  }

  private String write(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("an outbox payload cannot be written as JSON", e);
    }
  }
}
