package id.aduan.channel;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Message ids already taken in (table inbound_message): gateways and Meta deliver at least once. */
@ApplicationScoped
class InboundMessageRepository {

  /**
   * Records the message in the caller's transaction; false when it was recorded before. A
   * concurrent delivery of the same id waits on the primary key until the first commits, then
   * finds it taken: the two never both go through.
   */
  Uni<Boolean> claim(String provider, String messageId, Instant at) {
    return Panache.getSession().flatMap(s -> s.createNativeQuery("""
            INSERT INTO inbound_message (provider, message_id, received_at) VALUES (:provider, :id, :at)
            ON CONFLICT DO NOTHING""")
        .setParameter("provider", provider)
        .setParameter("id", messageId)
        .setParameter("at", at.atOffset(ZoneOffset.UTC))
        .executeUpdate())
        .map(rows -> rows == 1);
  }
}
