package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Rate limits (ADR 0016, 0025) with small rates. Each test comes from addresses of its own, sent
 * in X-Forwarded-For through a trusted proxy, since every request here really comes from localhost.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallRates.class)
class RateLimitTest {

  public static class SmallRates implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "aduan.rate-limits.submissions-per-address", "3/10m",
          "aduan.rate-limits.submissions-per-account", "2/10m",
          "aduan.rate-limits.reporter-writes-per-address", "4/10m",
          "aduan.rate-limits.pin-failures-per-address", "3/10m",
          "aduan.rate-limits.pin-attempts-per-report-and-address", "10/15m",
          "aduan.rate-limits.lookups-per-address", "5/10m",
          "aduan.rate-limits.sms-per-sender", "2/1h",
          "aduan.rate-limits.whatsapp-per-sender", "2/1h",
          "aduan.rate-limits.open311-per-client", "2/10m",
                    "aduan.trusted-proxies", "127.0.0.0/8,::1/128");
    }
  }

  @Inject
  Pool pool;

  @org.junit.jupiter.api.BeforeEach
  void forgetCounts() {
    id.aduan.testing.Limits.forget(pool);
  }

  static RequestSpecification from(String address) {
    return given().header("X-Forwarded-For", address);
  }

  static Response submit(RequestSpecification who, String title) {
    return who.contentType(ContentType.JSON).body(Reports.submission(title)).post("/api/v1/reports");
  }

  @Test
  void aGuestAddressGetsItsSubmissionsThenA429WithRetryAfterAndNothingStored() {
    String title = Reports.uniqueTitle("Lampu jalan mati");
    for (int i = 0; i < 3; i++) {
      submit(from("198.51.100.1"), title).then().statusCode(201);
    }
    Response refused = submit(from("198.51.100.1"), title);
    refused.then().statusCode(429)
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("detail", containsString("Too many reports"));
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 200);
    assertThat(Reports.storedWithTitle(pool, title)).isEqualTo(3);
    // In the citizen's language, and another address is not held back.
    submit(from("198.51.100.1").header("Accept-Language", "id"), title).then().statusCode(429)
        .body("title", equalTo("Terlalu banyak permintaan"))
        .body("detail", containsString("detik"));
    submit(from("198.51.100.2"), title).then().statusCode(201);
    assertThat(Reports.storedWithTitle(pool, title)).isEqualTo(4);
  }

  @Test
  void anAccountIsCountedAcrossAddressesAndARefusalUsesUpNothingElse() {
    String title = Reports.uniqueTitle("Sampah menumpuk");
    RequestSpecification warga1 = from("198.51.100.10").auth().oauth2(Keycloak.token("warga1"));
    submit(warga1, title).then().statusCode(201);
    submit(from("198.51.100.11").auth().oauth2(Keycloak.token("warga1")), title).then().statusCode(201);
    submit(from("198.51.100.12").auth().oauth2(Keycloak.token("warga1")), title).then().statusCode(429);
    // 198.51.100.12 had one refusal only: another citizen there still has the address's three.
    for (int i = 0; i < 2; i++) {
      submit(from("198.51.100.12").auth().oauth2(Keycloak.token("warga2")), title).then().statusCode(201);
    }
    assertThat(Reports.storedWithTitle(pool, title)).isEqualTo(4);
  }

  @Test
  void aGuestsWritesAreLimitedButAnOfficialsAreNot() {
    Response receipt = submit(from("198.51.100.20"), Reports.uniqueTitle("Saluran tersumbat"));
    String id = receipt.path("id");
    String pin = receipt.path("pin");
    for (int i = 0; i < 4; i++) {
      from("198.51.100.21").header("X-Report-Pin", pin).contentType(ContentType.JSON)
          .body(Map.of("body", "Tambahan keterangan " + i)).post("/api/v1/reports/{id}/messages", id)
          .then().statusCode(201);
    }
    from("198.51.100.21").header("X-Report-Pin", pin).contentType(ContentType.JSON)
        .body(Map.of("body", "Satu lagi")).post("/api/v1/reports/{id}/messages", id)
        .then().statusCode(429).body("detail", containsString("Too many requests"));
    for (int i = 0; i < 5; i++) {
      from("198.51.100.21").auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
          .body(Map.of("body", "Jawaban petugas " + i)).post("/api/v1/reports/{id}/messages", id)
          .then().statusCode(201);
    }
  }

  @Test
  void wrongCodesAndPinsFromOneAddressStopItsGuessingOnly() {
    Response receipt = submit(from("198.51.100.30"), Reports.uniqueTitle("Jalan berlubang"));
    String code = receipt.path("trackingCode");
    String pin = receipt.path("pin");
    for (String wrong : new String[] {"AAAA2222", "BBBB3333", "CCCC4444"}) {
      from("198.51.100.31").contentType(ContentType.JSON).body(Map.of("pin", pin))
          .post("/api/v1/reports/track/{code}/access", wrong).then().statusCode(404);
    }
    // Even the right code and PIN wait now, from that address only.
    from("198.51.100.31").contentType(ContentType.JSON).body(Map.of("pin", pin))
        .post("/api/v1/reports/track/{code}/access", code).then().statusCode(429)
        .body("detail", containsString("wrong tracking codes or PINs"));
    from("198.51.100.32").contentType(ContentType.JSON).body(Map.of("pin", pin))
        .post("/api/v1/reports/track/{code}/access", code).then().statusCode(200);
    // Reading with the right PIN in X-Report-Pin, again and again, uses up nothing.
    String id = receipt.path("id");
    for (int i = 0; i < 6; i++) {
      from("198.51.100.33").header("X-Report-Pin", pin).get("/api/v1/reports/{id}", id).then().statusCode(200);
    }
    // A wrong one in X-Report-Pin counts like a wrong one in the body.
    String other = pin.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 3; i++) {
      from("198.51.100.34").header("X-Report-Pin", other).get("/api/v1/reports/{id}", id).then().statusCode(404);
    }
    from("198.51.100.34").header("X-Report-Pin", pin).get("/api/v1/reports/{id}", id).then().statusCode(429);
  }

  @Test
  void aForgedForwardedForGainsNothingAndTheAccessKeyIsNeverHeldBack() {
    Response receipt = submit(from("198.51.100.40"), Reports.uniqueTitle("Air tidak mengalir"));
    String code = receipt.path("trackingCode");
    String pin = receipt.path("pin");
    String wrong = pin.equals("000000") ? "111111" : "000000";
    // The stranger writes a new address of their own before the one the proxy appends.
    for (int i = 1; i <= 3; i++) {
      given().header("X-Forwarded-For", "203.0.113." + i + ", 198.51.100.41")
          .contentType(ContentType.JSON).body(Map.of("pin", wrong))
          .post("/api/v1/reports/track/{code}/access", code).then().statusCode(404);
    }
    given().header("X-Forwarded-For", "203.0.113.9, 198.51.100.41")
        .contentType(ContentType.JSON).body(Map.of("pin", pin))
        .post("/api/v1/reports/track/{code}/access", code).then().statusCode(429);
    // The reporter behind the same address (a carrier's NAT) still opens it with the receipt's key.
    from("198.51.100.41").contentType(ContentType.JSON).body(Map.of("pin", receipt.<String>path("accessKey")))
        .post("/api/v1/reports/track/{code}/access", code).then().statusCode(200)
        .body("trackingCode", equalTo(code));
    from("198.51.100.41").header("X-Report-Pin", receipt.<String>path("accessKey"))
        .get("/api/v1/reports/{id}", receipt.<String>path("id")).then().statusCode(200);
  }

  @Test
  void trackingCodeLookupsAreCountedPerAddress() {
    for (int i = 0; i < 5; i++) {
      from("198.51.100.60").get("/api/v1/reports/track/{code}", "AAAA2222").then().statusCode(404);
    }
    from("198.51.100.60").get("/api/v1/reports/track/{code}", "AAAA2222").then().statusCode(429)
        .body("detail", containsString("tracking codes were looked up"));
    from("198.51.100.61").get("/api/v1/reports/track/{code}", "AAAA2222").then().statusCode(404);
  }

  @Test
  void aFloodOfTextsFromOneNumberIsDroppedAfterItsRate() {
    String phone = id.aduan.channel.ChannelTestSupport.newPhone();
    for (int i = 0; i < 3; i++) {
      byte[] text = ("{\"messageId\":\"" + UUID.randomUUID() + "\",\"from\":\"+" + phone + "\",\"receivedAt\":\""
          + java.time.Instant.now() + "\",\"text\":\"HALO\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      given().contentType(ContentType.JSON)
          .header("X-Aduan-Signature", id.aduan.channel.ChannelTestSupport.hmac("test-sms-secret-telkom", text))
          .body(text).post("/api/v1/channels/sms/{gateway}", "telkom").then().statusCode(200)
          .body("outcome", equalTo(i < 2 ? "HELP" : "LIMITED"));
    }
    // Two instructions went out; the third text got no reply (each costs the city an SMS).
    long replies = 0;
    for (var row : pool.preparedQuery("SELECT id, destination FROM outbox WHERE kind = 'SMS' AND destination IS NOT NULL")
        .execute().await().indefinitely()) {
      replies += ("+" + phone).equals(id.aduan.testing.Sealed.open(row, "outbox", "destination")) ? 1 : 0;
    }
    assertThat(replies).isEqualTo(2);
  }

  @Test
  void anOpen311ApplicationIsCountedByItsKey() {
    String key = id.aduan.testing.ApiClients.newKey("Aplikasi banjir laporan");
    String code = "RL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("code", code, "name", "Uji batas Open311", "active", true))
        .post("/api/v1/categories").then().statusCode(201);
    Map<String, String> form = Map.of("api_key", key, "service_code", code, "lat", "-10.1711", "long", "123.6075",
        "description", "Lubang besar di tengah jalan, sudah dua minggu, berbahaya bagi pengendara motor.");
    for (int i = 0; i < 2; i++) {
      given().contentType("application/x-www-form-urlencoded").formParams(form)
          .post("/open311/v2/requests.json").then().statusCode(201);
    }
    given().contentType("application/x-www-form-urlencoded").formParams(form)
        .post("/open311/v2/requests.json").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aFloodOfWhatsAppMessagesFromOneNumberIsDroppedAfterItsRate() {
    String phone = id.aduan.channel.ChannelTestSupport.newPhone();
    int taken = 0;
    for (int i = 0; i < 3; i++) {
      byte[] hook = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":"
          + "\"messages\",\"value\":{\"messaging_product\":\"whatsapp\",\"messages\":[{\"from\":\"" + phone
          + "\",\"id\":\"wamid." + UUID.randomUUID() + "\",\"timestamp\":\"" + java.time.Instant.now().getEpochSecond()
          + "\",\"type\":\"text\",\"text\":{\"body\":\"Halo\"}}]}}]}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      taken += given().contentType(ContentType.JSON)
          .header("X-Hub-Signature-256", id.aduan.channel.ChannelTestSupport.hmac("test-whatsapp-app-secret", hook))
          .body(hook).post("/api/v1/channels/whatsapp").then().statusCode(200).extract().<Integer>path("messages");
    }
    assertThat(taken).isEqualTo(2);
  }
}
