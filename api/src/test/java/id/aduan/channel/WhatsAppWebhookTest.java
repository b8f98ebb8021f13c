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

import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.outbox.OutboxSender;
import id.aduan.testing.FakeGateways;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The WhatsApp Cloud API webhook: handshake, signatures, the guided chat, and the messages that answer it. */
@QuarkusTest
@WithTestResource(value = FakeGateways.class, scope = TestResourceScope.GLOBAL)
class WhatsAppWebhookTest {
  static final String APP_SECRET = "test-whatsapp-app-secret";

  @Inject
  Pool pool;

  @Inject
  Senders senders;

  @Inject
  OutboxSender sender;

  final ObjectMapper json = new ObjectMapper();

  static Map<String, Object> webhook(String from, List<Map<String, Object>> messages, List<Map<String, Object>> statuses) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("messaging_product", "whatsapp");
    value.put("metadata", Map.of("display_phone_number", "628111000111", "phone_number_id", "1234567890"));
    value.put("contacts", List.of(Map.of("profile", Map.of("name", "Maria"), "wa_id", from)));
    if (messages != null) {
      value.put("messages", messages);
    }
    if (statuses != null) {
      value.put("statuses", statuses);
    }
    return Map.of("object", "whatsapp_business_account",
        "entry", List.of(Map.of("id", "102290129340398",
            "changes", List.of(Map.of("field", "messages", "value", value)))));
  }

  static Map<String, Object> message(String from, String type, Map<String, Object> content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", from);
    m.put("id", "wamid." + UUID.randomUUID());
    m.put("timestamp", String.valueOf(Instant.now().getEpochSecond()));
    m.put("type", type);
    m.put(type, content);
    return m;
  }

  static Map<String, Object> text(String from, String body) {
    return message(from, "text", Map.of("body", body));
  }

  byte[] bytes(Object o) {
    try {
      return json.writeValueAsBytes(o);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  Response post(byte[] body, String signature) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (signature != null) {
      request.header("X-Hub-Signature-256", signature);
    }
    return request.post("/api/v1/channels/whatsapp");
  }

  Response send(String from, Map<String, Object> message) {
    byte[] b = bytes(webhook(from, List.of(message), null));
    return post(b, hmac(APP_SECRET, b));
  }

  String step(String phone) {
    List<Row> r = rows(pool, "SELECT step FROM chat_conversation WHERE channel = 'WHATSAPP' AND sender = $1",
        senders.keyOf("WHATSAPP", "+" + phone));
    return r.isEmpty() ? null : r.get(0).getString("step");
  }

  List<Row> outboxOf(String phone) {
    return outboxTo(pool, "id, kind, event_type, payload::text AS payload, report_id", "+" + phone);
  }

  static String textOf(Row outbox) {
    return new JsonObject(outbox.getString("payload")).getString("text");
  }

  @Test
  void handshakeEchoesTheChallengeOnlyToTheVerifyToken() {
    given()
        .queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
        .queryParam("hub.challenge", "1158201444")
        .get("/api/v1/channels/whatsapp").then().statusCode(200).contentType("text/plain")
        .body(equalTo("1158201444"));
    given()
        .queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guessed")
        .queryParam("hub.challenge", "1158201444")
        .get("/api/v1/channels/whatsapp").then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aMessageOlderThanTheReplayWindowIsDroppedEvenOnceItsIdIsForgotten() {
    String phone = newPhone();
    Map<String, Object> old = new LinkedHashMap<>(text(phone, "Halo"));
    old.put("timestamp", String.valueOf(Instant.now().minus(java.time.Duration.ofDays(8)).getEpochSecond()));
    send(phone, old).then().statusCode(200).body("messages", equalTo(0)).body("duplicates", equalTo(0));
    assertThat(count(pool, "SELECT count(*) FROM inbound_message WHERE message_id = $1", old.get("id"))).isZero();
    assertThat(step(phone)).isNull();
    assertThat(outboxOf(phone)).isEmpty();
    // The same person, now: the chat starts.
    send(phone, text(phone, "Halo")).then().statusCode(200).body("messages", equalTo(1));
    assertThat(step(phone)).isNotNull();
  }

  @Test
  void withoutAValidSignatureNothingIsStored() {
    String phone = newPhone();
    Map<String, Object> m = text(phone, "Halo");
    byte[] b = bytes(webhook(phone, List.of(m), null));
    post(b, null).then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    post(b, hmac("another-secret", b)).then().statusCode(401);
    post(b, hmac(APP_SECRET, bytes(webhook(phone, List.of(text(phone, "Hola")), null)))).then().statusCode(401);

    assertThat(count(pool, "SELECT count(*) FROM inbound_message WHERE message_id = $1", m.get("id"))).isZero();
    assertThat(step(phone)).isNull();
    assertThat(outboxOf(phone)).isEmpty();
  }

  @Test
  void aGuidedChatWithLocationAndPhotoFilesAReportOnce() {
    String phone = newPhone();
    send(phone, text(phone, "Halo")).then().statusCode(200).body("messages", equalTo(1));
    assertThat(step(phone)).isEqualTo("DESCRIPTION");
    send(phone, text(phone, "rusak")).then().statusCode(200);
    assertThat(step(phone)).isEqualTo("DESCRIPTION");
    send(phone, text(phone, "Lampu jalan mati sudah seminggu, gelap sekali di malam hari")).then().statusCode(200);
    assertThat(step(phone)).isEqualTo("LOCATION");
    send(phone, message(phone, "location", Map.of("latitude", -10.1632, "longitude", 123.6015,
        "name", "Pasar Oebobo", "address", "Jl. Frans Seda"))).then().statusCode(200);
    assertThat(step(phone)).isEqualTo("PHOTO");
    String mediaId = "media" + System.nanoTime();
    Map<String, Object> photo = message(phone, "image", Map.of("id", mediaId, "mime_type", "image/jpeg",
        "sha256", "abc", "caption", "ini fotonya"));
    send(phone, photo).then().statusCode(200).body("messages", equalTo(1)).body("duplicates", equalTo(0));
    send(phone, photo).then().statusCode(200).body("messages", equalTo(0)).body("duplicates", equalTo(1));

    assertThat(step(phone)).isNull();
    List<Row> reports = reportsByPhone(pool, "id, tracking_code, channel, type, title, description, latitude, longitude,"
        + " address, language", "+" + phone);
    assertThat(reports).hasSize(1);
    Row r = reports.get(0);
    assertThat(r.getString("channel")).isEqualTo("WHATSAPP");
    assertThat(r.getString("type")).isEqualTo("COMPLAINT");
    assertThat(r.getString("description")).isEqualTo("Lampu jalan mati sudah seminggu, gelap sekali di malam hari");
    assertThat(r.getString("title")).isEqualTo("Lampu jalan mati sudah seminggu, gelap sekali di malam hari");
    assertThat(r.getDouble("latitude")).isEqualTo(-10.1632);
    assertThat(r.getDouble("longitude")).isEqualTo(123.6015);
    assertThat(r.getString("address")).isEqualTo("Pasar Oebobo, Jl. Frans Seda");
    assertThat(r.getString("language")).isEqualTo("id");

    List<Row> out = outboxOf(phone);
    assertThat(out).extracting(o -> o.getString("event_type"))
        .containsExactly("chat.reply", "chat.reply", "chat.reply", "chat.reply", "report.submitted", "whatsapp.media");
    assertThat(out).allMatch(o -> o.getString("kind").equals("WHATSAPP"));
    assertThat(textOf(out.get(0))).startsWith("Halo");
    assertThat(textOf(out.get(1))).contains("minimal 10 huruf");
    assertThat(textOf(out.get(2))).contains("Di mana lokasinya?");
    assertThat(textOf(out.get(3))).contains("LEWATI");
    assertThat(textOf(out.get(4))).contains(r.getString("tracking_code"));

    // The photo is fetched through the Graph API and attached, after the report committed.
    UUID reportId = r.getUUID("id");
    UUID media = out.get(5).getUUID("id");
    FakeGateways.requests();
    Row fetched = sendUntil(sender, pool, media, Instant.now(), o -> !"PENDING".equals(o.getString("status")));
    assertThat(fetched.getString("status")).isEqualTo("SENT");
    assertThat(count(pool, "SELECT count(*) FROM attachment WHERE report_id = $1 AND media_type = 'image/jpeg'",
        reportId)).isEqualTo(1);
    List<Map<String, Object>> graph = FakeGateways.requests();
    assertThat(graph).filteredOn(q -> q.get("path").equals("/graph/" + mediaId)).singleElement()
        .satisfies(q -> assertThat(headers(q).get("authorization")).isEqualTo("Bearer test-graph-token"));
    assertThat(graph).filteredOn(q -> q.get("path").equals("/media/" + mediaId)).singleElement()
        .satisfies(q -> assertThat(headers(q).get("authorization")).isEqualTo("Bearer test-graph-token"));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> headers(Map<String, Object> request) {
    return (Map<String, Object>) request.get("headers");
  }

  @Test
  void aTypedAddressAndSkippingThePhotoWorkToo() {
    String phone = newPhone();
    send(phone, text(phone, "EN")).then().statusCode(200);
    send(phone, text(phone, "The drain in front of the market overflows")).then().statusCode(200);
    send(phone, text(phone, "Jl. Timor Raya near Pasar Oeba")).then().statusCode(200);
    send(phone, text(phone, "skip")).then().statusCode(200);

    Row r = reportsByPhone(pool, "address, latitude, language", "+" + phone).get(0);
    assertThat(r.getString("address")).isEqualTo("Jl. Timor Raya near Pasar Oeba");
    assertThat(r.getValue("latitude")).isNull();
    assertThat(r.getString("language")).isEqualTo("en");
    List<Row> out = outboxOf(phone);
    assertThat(textOf(out.get(0))).startsWith("Hello");
    assertThat(out).extracting(o -> o.getString("event_type")).doesNotContain("whatsapp.media");
  }

  @Test
  void aChatKnowsItsSenderByKeyAndAChatBegunUnderPhoneNumbersGoesOn() {
    String phone = newPhone();
    send(phone, text(phone, "Halo")).then().statusCode(200);
    assertThat(count(pool, "SELECT count(*) FROM chat_conversation WHERE sender LIKE $1", "%" + phone.substring(2) + "%"))
        .isZero();
    assertThat(step(phone)).isEqualTo("DESCRIPTION");

    // A chat stored before senders were keyed (V20 renamed the column, the number stayed in it).
    String older = newPhone();
    rows(pool, "INSERT INTO chat_conversation (channel, sender, step, draft, updated_at) VALUES ('WHATSAPP', $1,"
        + " 'LOCATION', '{\"language\":\"id\",\"description\":\"Lampu jalan mati sejak minggu lalu\"}', now())"
        + " RETURNING 1", "+" + older);
    senders.onStart(null, pool);
    assertThat(step(older)).isEqualTo("LOCATION");
    send(older, text(older, "Jl. Timor Raya")).then().statusCode(200);
    assertThat(step(older)).isEqualTo("PHOTO");
    assertThat(count(pool, "SELECT count(*) FROM chat_conversation WHERE sender LIKE '+%'")).isZero();
  }

  @Test
  void cancelEndsTheChatAndAnOldChatStartsOver() {
    String phone = newPhone();
    send(phone, text(phone, "Halo")).then().statusCode(200);
    send(phone, text(phone, "Jalan di depan rumah saya berlubang besar")).then().statusCode(200);
    send(phone, text(phone, "batal")).then().statusCode(200);
    assertThat(step(phone)).isNull();
    assertThat(textOf(outboxOf(phone).get(2))).contains("dibatalkan");

    send(phone, text(phone, "Halo lagi")).then().statusCode(200);
    send(phone, text(phone, "Jalan di depan rumah saya berlubang besar")).then().statusCode(200);
    assertThat(step(phone)).isEqualTo("LOCATION");
    rows(pool, "UPDATE chat_conversation SET updated_at = now() - interval '25 hours' WHERE sender = $1 RETURNING 1",
        senders.keyOf("WHATSAPP", "+" + phone));
    send(phone, text(phone, "Jl. Timor Raya")).then().statusCode(200);
    assertThat(step(phone)).isEqualTo("DESCRIPTION");
    assertThat(textOf(outboxOf(phone).get(5))).startsWith("Halo");
    assertThat(reportsByPhone(pool, "id", "+" + phone)).isEmpty();
  }

  @Test
  void deliveryStatusesAreOnlyAcknowledged() {
    String phone = newPhone();
    byte[] b = bytes(webhook(phone, null, List.of(Map.of("id", "wamid.x", "status", "delivered",
        "timestamp", "1764380000", "recipient_id", phone))));
    post(b, hmac(APP_SECRET, b)).then().statusCode(200)
        .body("messages", equalTo(0)).body("duplicates", equalTo(0)).body("statuses", equalTo(1));
    assertThat(step(phone)).isNull();
  }

  @Test
  void transportPostsToTheGraphApiRetriesAndSendsOnce() {
    String phone = newPhone();
    send(phone, text(phone, "Halo")).then().statusCode(200);
    UUID id = outboxOf(phone).get(0).getUUID("id");
    String greeting = textOf(outboxOf(phone).get(0));
    FakeGateways.requests();
    FakeGateways.failNext(500, 1, phone);

    Instant now = Instant.now();
    Row failed = sendUntil(sender, pool, id, now, o -> o.getInteger("attempts") >= 1);
    assertThat(failed.getString("status")).isEqualTo("PENDING");
    assertThat(failed.getInteger("attempts")).isEqualTo(1);
    Row sent = sendUntil(sender, pool, id, now.plus(Duration.ofHours(7)), o -> !"PENDING".equals(o.getString("status")));
    assertThat(sent.getString("status")).isEqualTo("SENT");

    List<Map<String, Object>> mine = FakeGateways.requests().stream()
        .filter(q -> String.valueOf(q.get("body")).contains(phone)).toList();
    assertThat(mine).hasSize(2);
    for (Map<String, Object> q : mine) {
      assertThat(q.get("method")).isEqualTo("POST");
      assertThat(q.get("path")).isEqualTo("/graph/1234567890/messages");
      assertThat(headers(q).get("authorization")).isEqualTo("Bearer test-graph-token");
      assertThat(new JsonObject((String) q.get("body"))).isEqualTo(new JsonObject()
          .put("messaging_product", "whatsapp").put("to", phone).put("type", "text")
          .put("text", new JsonObject().put("body", greeting)));
    }
    sender.sendDue(now.plus(Duration.ofHours(14))).await().atMost(Duration.ofSeconds(90));
    assertThat(FakeGateways.requests().stream().filter(q -> String.valueOf(q.get("body")).contains(phone))).isEmpty();
  }
}
