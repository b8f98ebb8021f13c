package id.aduan.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.crypto.PersonalDataCipher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Old sent messages and old inbound ids are forgotten; nothing pending or dead is. */
@QuarkusTest
class RetentionTest {
  @Inject
  Retention retention;

  @Inject
  AgroalDataSource dataSource;

  UUID message(String status, Instant created) throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "insert into outbox (id, kind, destination, event_type, payload, status, next_attempt_at, created_at) "
            + "values (?, 'EMAIL', ?, 'report.closed', '{}', ?, ?, ?)")) {
      s.setObject(1, id);
      s.setString(2, PersonalDataCipher.seal("a@example.org", OutboxEntry.DESTINATION, id));
      s.setString(3, status);
      s.setTimestamp(4, Timestamp.from(created));
      s.setTimestamp(5, Timestamp.from(created));
      s.executeUpdate();
    }
    return id;
  }

  String inbound(Instant received) throws Exception {
    String id = "wamid." + UUID.randomUUID();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "insert into inbound_message (provider, message_id, received_at) values ('whatsapp', ?, ?)")) {
      s.setString(1, id);
      s.setTimestamp(2, Timestamp.from(received));
      s.executeUpdate();
    }
    return id;
  }

  boolean exists(String sql, Object id) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  @Test
  void forgetsOnlyWhatIsPastItsTime() throws Throwable {
    Instant now = Instant.now();
    Instant old = now.minus(Duration.ofDays(40));
    UUID oldSent = message("SENT", old);
    UUID recentSent = message("SENT", now.minus(Duration.ofDays(2)));
    UUID oldPending = message("PENDING", old);
    UUID oldDead = message("DEAD", old);
    String oldInbound = inbound(now.minus(Duration.ofDays(15)));
    String recentInbound = inbound(now.minus(Duration.ofDays(6)));

    long deleted = VertxContextSupport.subscribeAndAwait(() -> retention.purge(now));

    assertThat(deleted).isGreaterThanOrEqualTo(2);
    String outbox = "select 1 from outbox where id = ?";
    assertThat(exists(outbox, oldSent)).isFalse();
    assertThat(exists(outbox, recentSent)).isTrue();
    assertThat(exists(outbox, oldPending)).isTrue();
    assertThat(exists(outbox, oldDead)).isTrue();
    String ids = "select 1 from inbound_message where provider = 'whatsapp' and message_id = ?";
    assertThat(exists(ids, oldInbound)).isFalse();
    assertThat(exists(ids, recentInbound)).isTrue();
  }
}
