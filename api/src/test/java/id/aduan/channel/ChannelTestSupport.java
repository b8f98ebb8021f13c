package id.aduan.channel;

import id.aduan.testing.Sealed;

import static org.assertj.core.api.Assertions.fail;

import id.aduan.outbox.OutboxSender;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Database reads, signatures and outbox rounds the channel tests share. */
public final class ChannelTestSupport {
  private ChannelTestSupport() {}

  /** A fresh Indonesian mobile number in international form without the plus. */
  public static String newPhone() {
    return "62812" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
  }

  /** Computed here rather than with the code under test. */
  public static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Row> rows(Pool pool, String sql, Object... args) {
    RowSet<Row> set = pool.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(Duration.ofSeconds(10));
    List<Row> out = new ArrayList<>();
    set.forEach(out::add);
    return out;
  }

  /**
   * The reports whose (encrypted) contact phone is {@code phone}: the column holds ciphertext
   * (ADR 0020), so the rows of the channel are read and their phones decrypted here.
   */
  static List<Row> reportsByPhone(Pool pool, String columns, String phone) {
    return rows(pool, "SELECT " + columns + ", id AS report_id, contact_phone FROM report"
        + " WHERE channel IN ('SMS', 'WHATSAPP') AND contact_phone IS NOT NULL ORDER BY created_at").stream()
        .filter(r -> phone.equals(Sealed.open(r.getString("contact_phone"), "report", "contact_phone",
            r.getUUID("report_id"))))
        .toList();
  }

  /** The outbox rows (with {@code id}) whose sealed destination is {@code destination}, oldest first. */
  static List<Row> outboxTo(Pool pool, String columns, String destination) {
    return rows(pool, "SELECT " + columns + ", destination FROM outbox WHERE destination IS NOT NULL"
        + " AND created_at > now() - interval '1 hour' ORDER BY created_at, id").stream()
        .filter(r -> destination.equals(Sealed.open(r, "outbox", "destination")))
        .toList();
  }

  static long count(Pool pool, String sql, Object... args) {
    return rows(pool, sql, args).get(0).getLong(0);
  }

  static Row outboxRow(Pool pool, UUID id) {
    return rows(pool, "SELECT status, attempts, last_error FROM outbox WHERE id = $1", id).get(0);
  }

  /**
   * Outbox rounds as of {@code at} until the row satisfies {@code done}: the shared test
   * database may hold other tests' due messages ahead of it.
   */
  static Row sendUntil(OutboxSender sender, Pool pool, UUID id, Instant at, Predicate<Row> done) {
    for (int i = 0; i < 30; i++) {
      sender.sendDue(at).await().atMost(Duration.ofSeconds(90));
      Row r = outboxRow(pool, id);
      if (done.test(r)) {
        return r;
      }
    }
    fail("outbox row " + id + " never reached the expected state: " + outboxRow(pool, id).toJson());
    return null;
  }
}
