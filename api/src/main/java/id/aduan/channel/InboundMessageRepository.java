package id.aduan.channel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Message ids already taken in (table inbound_message): gateways and Meta deliver at least once. */
@ApplicationScoped
class InboundMessageRepository {

  /**
   * Records the message in the caller's transaction on {@code conn}; false when it was recorded
   * before. A concurrent delivery of the same id waits on the primary key until the first
   * commits, then finds it taken: the two never both go through.
   */
  Uni<Boolean> claim(SqlConnection conn, String provider, String messageId, Instant at) {
    return conn.preparedQuery("INSERT INTO inbound_message (provider, message_id, received_at) VALUES ($1, $2, $3)"
            + " ON CONFLICT DO NOTHING")
        .execute(Tuple.of(provider, messageId, at.atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.rowCount() == 1);
  }
}
