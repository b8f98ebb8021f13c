package id.aduan.channel;

import static id.aduan.channel.ChannelTestSupport.count;
import static id.aduan.channel.ChannelTestSupport.hmac;
import static id.aduan.channel.ChannelTestSupport.newPhone;
import static id.aduan.channel.ChannelTestSupport.outboxTo;
import static id.aduan.channel.ChannelTestSupport.reportsByPhone;
import static id.aduan.channel.ChannelTestSupport.rows;
import static id.aduan.channel.ChannelTestSupport.sendUntil;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.outbox.OutboxSender;
import id.aduan.testing.FakeGateways;
import id.aduan.testing.Keycloak;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Texts to the short code through a gateway's webhook, and the SMS that answer them. */
@QuarkusTest
@WithTestResource(value = FakeGateways.class, scope = TestResourceScope.GLOBAL)
class SmsWebhookTest {
  static final String SECRET = "test-sms-secret-telkom";
  static final String CODE = "^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$";

  @Inject
  Pool pool;

  @Inject
  OutboxSender sender;

  final ObjectMapper json = new ObjectMapper();

  /** When the gateway received the texts of a test; a replay test moves it back. */
  java.time.Instant receivedAt = java.time.Instant.now();

  byte[] body(String messageId, String from, String text) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("messageId", messageId);
    b.put("from", from);
    b.put("to", "1708");
    b.put("text", text);
    b.put("receivedAt", receivedAt.toString());
    try {
      return json.writeValueAsBytes(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Response post(String gateway, byte[] body, String signature) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (signature != null) {
      request.header("X-Aduan-Signature", signature);
    }
    return request.post("/api/v1/channels/sms/{gateway}", gateway);
  }

  Response text(String messageId, String from, String text) {
    byte[] b = body(messageId, from, text);
    return post("telkom", b, hmac(SECRET, b));
  }

  long reportsOf(String phone) {
    return reportsByPhone(pool, "id", "+" + phone).size();
  }

  List<Row> outboxOf(String phone) {
    return outboxTo(pool, "id, kind, gateway, event_type, payload::text AS payload, report_id", "+" + phone);
  }

  static String textOf(Row outbox) {
    return new JsonObject(outbox.getString("payload")).getString("text");
  }

  @Test
  void keywordFilesAComplaintWhoseReceiptIsItsSubmittedNotice() {
    String phone = newPhone();
    String code = text(UUID.randomUUID().toString(), "0" + phone.substring(2), "aduan: Jalan rusak parah di depan Pasar Oebobo")
        .then().statusCode(200)
        .body("outcome", equalTo("REPORTED"))
        .body("trackingCode", matchesPattern(CODE))
        .extract().path("trackingCode");

    Row report = reportsByPhone(pool, "type, title, description, channel, gateway, tracking_code", "+" + phone).get(0);
    assertThat(report.getString("tracking_code")).isEqualTo(code);
    assertThat(report.getString("type")).isEqualTo("COMPLAINT");
    assertThat(report.getString("channel")).isEqualTo("SMS");
    assertThat(report.getString("gateway")).isEqualTo("telkom");
    assertThat(report.getString("title")).isEqualTo("Jalan rusak parah di depan Pasar Oebobo");
    assertThat(report.getString("description")).isEqualTo("Jalan rusak parah di depan Pasar Oebobo");
    List<Row> out = outboxOf(phone);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getString("kind")).isEqualTo("SMS");
    assertThat(out.get(0).getString("gateway")).isEqualTo("telkom");
    assertThat(out.get(0).getString("event_type")).isEqualTo("report.submitted");
    assertThat(textOf(out.get(0))).contains(code);
  }

  @Test
  void aRepeatedDeliveryChangesNothing() {
    String phone = newPhone();
    String id = UUID.randomUUID().toString();
    text(id, "+" + phone, "ADUAN Sampah menumpuk di Jalan Timor Raya").then().statusCode(200)
        .body("outcome", equalTo("REPORTED"));
    text(id, "+" + phone, "ADUAN Sampah menumpuk di Jalan Timor Raya").then().statusCode(200)
        .body("outcome", equalTo("DUPLICATE"))
        .body("trackingCode", nullValue());

    assertThat(reportsOf(phone)).isEqualTo(1);
    assertThat(outboxOf(phone)).hasSize(1);
    assertThat(count(pool, "SELECT count(*) FROM inbound_message WHERE provider = 'sms:telkom' AND message_id = $1", id))
        .isEqualTo(1);
  }

  @Test
  void aCapturedDeliveryReplayedAfterItsIdIsForgottenIsRefused() {
    String phone = newPhone();
    String id = UUID.randomUUID().toString();
    receivedAt = java.time.Instant.now().minus(java.time.Duration.ofDays(4));
    byte[] old = body(id, "+" + phone, "ADUAN Lampu jalan mati di Jalan Timor Raya");
    // Signed by the gateway four days ago, its id long forgotten (none is stored): refused.
    post("telkom", old, hmac(SECRET, old)).then().statusCode(400)
        .body("violations[0].field", equalTo("receivedAt"));
    receivedAt = java.time.Instant.now().plus(java.time.Duration.ofHours(1));
    byte[] future = body(UUID.randomUUID().toString(), "+" + phone, "ADUAN Lampu jalan mati di Jalan Timor Raya");
    post("telkom", future, hmac(SECRET, future)).then().statusCode(400);
    byte[] undated = ("{\"messageId\":\"" + UUID.randomUUID() + "\",\"from\":\"+" + phone
        + "\",\"text\":\"ADUAN Lampu jalan mati\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    post("telkom", undated, hmac(SECRET, undated)).then().statusCode(400)
        .body("violations[0].field", equalTo("receivedAt"));
    assertThat(reportsOf(phone)).isZero();
    assertThat(outboxOf(phone)).isEmpty();
    assertThat(count(pool, "SELECT count(*) FROM inbound_message WHERE provider = 'sms:telkom' AND message_id = $1", id))
        .isZero();
  }

  @Test
  void withoutAValidSignatureNothingIsStored() {
    String phone = newPhone();
    String id = UUID.randomUUID().toString();
    byte[] b = body(id, phone, "ADUAN Jembatan putus di Kelurahan Oesapa");
    byte[] other = body(id, phone, "ADUAN Jembatan putus di Kelurahan Oesapa!");

    post("telkom", b, null).then().statusCode(401).contentType("application/problem+json")
        .body("status", equalTo(401));
    post("telkom", b, "sha256=" + "0".repeat(64)).then().statusCode(401);
    post("telkom", b, "sha256=not-hex").then().statusCode(401);
    post("telkom", b, hmac(SECRET, other)).then().statusCode(401);
    post("telkom", b, hmac("test-sms-secret-nourl", b)).then().statusCode(401);
    post("unknown", b, hmac(SECRET, b)).then().statusCode(401);

    assertThat(count(pool, "SELECT count(*) FROM inbound_message WHERE message_id = $1", id)).isZero();
    assertThat(reportsOf(phone)).isZero();
    assertThat(outboxOf(phone)).isEmpty();
  }

  @Test
  void anythingElseGetsTheInstructions() {
    String phone = newPhone();
    text(UUID.randomUUID().toString(), phone, "halo, ini nomor apa?").then().statusCode(200)
        .body("outcome", equalTo("HELP"));
    text(UUID.randomUUID().toString(), phone, "ADUAN rusak").then().statusCode(200)
        .body("outcome", equalTo("HELP"));

    assertThat(reportsOf(phone)).isZero();
    List<Row> out = outboxOf(phone);
    assertThat(out).extracting(r -> r.getString("event_type")).containsExactly("chat.reply", "chat.reply");
    assertThat(textOf(out.get(0))).contains("ADUAN <masalah dan lokasinya>").contains("CEK <kode laporan>");
    assertThat(textOf(out.get(1))).contains("terlalu singkat");
  }

  @Test
  void statusIsToldOnlyToTheNumberThatReported() {
    String phone = newPhone();
    String stranger = newPhone();
    String code = text(UUID.randomUUID().toString(), phone, "ADUAN Air PDAM tidak mengalir tiga hari di Oebufu")
        .then().statusCode(200).extract().path("trackingCode");

    text(UUID.randomUUID().toString(), phone, "cek " + code.toLowerCase()).then().statusCode(200)
        .body("outcome", equalTo("STATUS"));
    text(UUID.randomUUID().toString(), stranger, "STATUS " + code).then().statusCode(200)
        .body("outcome", equalTo("STATUS"));

    List<Row> mine = outboxOf(phone);
    assertThat(mine).hasSize(2);
    assertThat(textOf(mine.get(1))).startsWith("Laporan " + code + ": diterima, menunggu verifikasi.");
    assertThat(mine.get(1).getUUID("report_id")).isNotNull();
    List<Row> theirs = outboxOf(stranger);
    assertThat(theirs).hasSize(1);
    assertThat(textOf(theirs.get(0))).contains("tidak ditemukan");
    assertThat(theirs.get(0).getUUID("report_id")).isNull();
  }

  @Test
  void officialsOtherThanAdminsSeeTheNumberMasked() {
    String phone = "6281234567890".substring(0, 6) + newPhone().substring(6);
    text(UUID.randomUUID().toString(), phone, "ADUAN Lampu lalu lintas mati di simpang Kuanino").then().statusCode(200);
    String id = reportsByPhone(pool, "id", "+" + phone).get(0).getUUID("id").toString();

    String masked = given().auth().oauth2(Keycloak.token("pengawas1"))
        .get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("channel", equalTo("SMS"))
        .extract().path("contact.phone");
    assertThat(masked).isEqualTo("+6281" + "*".repeat(6) + phone.substring(phone.length() - 3));
  }

  @Test
  void transportSignsRetriesAndSendsOnce() {
    String phone = newPhone();
    text(UUID.randomUUID().toString(), phone, "ADUAN Saluran air tersumbat di Jalan Frans Seda").then().statusCode(200);
    UUID id = outboxOf(phone).get(0).getUUID("id");
    FakeGateways.requests();
    FakeGateways.failNext(503, 1, id.toString());

    Instant now = Instant.now();
    Row failed = sendUntil(sender, pool, id, now, r -> r.getInteger("attempts") >= 1);
    assertThat(failed.getString("status")).isEqualTo("PENDING");
    assertThat(failed.getInteger("attempts")).isEqualTo(1);
    assertThat(failed.getString("last_error")).contains("503");

    Row sent = sendUntil(sender, pool, id, now.plus(Duration.ofHours(7)), r -> !"PENDING".equals(r.getString("status")));
    assertThat(sent.getString("status")).isEqualTo("SENT");
    assertThat(sent.getInteger("attempts")).isEqualTo(2);

    List<Map<String, Object>> mine = FakeGateways.requests().stream()
        .filter(r -> String.valueOf(r.get("body")).contains(id.toString())).toList();
    assertThat(mine).hasSize(2);
    for (Map<String, Object> request : mine) {
      assertThat(request.get("method")).isEqualTo("POST");
      assertThat(request.get("path")).isEqualTo("/sms");
      @SuppressWarnings("unchecked")
      Map<String, Object> headers = (Map<String, Object>) request.get("headers");
      String raw = (String) request.get("body");
      assertThat(headers.get("content-type")).isEqualTo("application/json");
      assertThat(headers.get("x-aduan-signature")).isEqualTo(hmac(SECRET, raw.getBytes(StandardCharsets.UTF_8)));
      JsonObject sentBody = new JsonObject(raw);
      assertThat(sentBody.fieldNames()).containsExactlyInAnyOrder("to", "text", "reference");
      assertThat(sentBody.getString("to")).isEqualTo(phone);
      assertThat(sentBody.getString("reference")).isEqualTo(id.toString());
      assertThat(sentBody.getString("text")).startsWith("Laporan ").contains("sudah diterima");
    }
    // Another round sends nothing more.
    sender.sendDue(now.plus(Duration.ofHours(14))).await().atMost(Duration.ofSeconds(90));
    assertThat(FakeGateways.requests().stream().filter(r -> String.valueOf(r.get("body")).contains(id.toString())))
        .isEmpty();
  }

  @Test
  void aRefusedMessageOrAGatewayWithoutURLGoesDead() {
    String phone = newPhone();
    text(UUID.randomUUID().toString(), phone, "ADUAN Pohon tumbang menutup jalan di Fatululi").then().statusCode(200);
    UUID id = outboxOf(phone).get(0).getUUID("id");
    FakeGateways.requests();
    FakeGateways.failNext(400, 1, id.toString());
    Row dead = sendUntil(sender, pool, id, Instant.now(), r -> r.getInteger("attempts") >= 1);
    assertThat(dead.getString("status")).isEqualTo("DEAD");

    String other = newPhone();
    byte[] b = body(UUID.randomUUID().toString(), other, "halo");
    post("nourl", b, hmac("test-sms-secret-nourl", b)).then().statusCode(200).body("outcome", equalTo("HELP"));
    UUID reply = outboxOf(other).get(0).getUUID("id");
    Row noUrl = sendUntil(sender, pool, reply, Instant.now(), r -> r.getInteger("attempts") >= 1);
    assertThat(noUrl.getString("status")).isEqualTo("DEAD");
    assertThat(noUrl.getString("last_error")).contains("nourl");
  }
}
