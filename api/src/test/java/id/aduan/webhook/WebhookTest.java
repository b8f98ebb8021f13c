package id.aduan.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import id.aduan.outbox.OutboxSender;
import id.aduan.testing.Outboxes;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed deliveries to another system's receiver (a real HTTP server), retries, dead letters, redelivery. */
@QuarkusTest
class WebhookTest {
  @Inject
  OutboxSender sender;

  @Inject
  Vertx vertx;

  HttpServer receiver;
  final List<Delivery> received = new CopyOnWriteArrayList<>();
  final AtomicInteger answer = new AtomicInteger(200);

  record Delivery(Map<String, String> headers, String body, int answered, String path) {
    JsonObject json() {
      return new JsonObject(body);
    }
  }

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      Map<String, String> headers = new java.util.HashMap<>();
      req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
      // 303: the one redirect a client follows after a POST (as a GET).
      int status = req.path().equals("/moved") ? 303 : answer.get();
      received.add(new Delivery(headers, body.toString(StandardCharsets.UTF_8), status, req.path()));
      if (status == 303) {
        // A redirect to an address that was never checked; here the same server, to see it followed.
        req.response().putHeader("Location", "/hook");
      }
      req.response().setStatusCode(status).end();
    })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stopReceiver() throws Exception {
    receiver.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static RequestSpecification admin() {
    return given().auth().oauth2(Keycloak.token("admin1"));
  }

  void drain(Instant now) {
    Outboxes.drain(sender, now);
  }

  /** The signature as a subscriber computes it, independently of the code under test. */
  static String hmacHex(String secret, String signed) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  List<Delivery> about(String reportId) {
    return received.stream().filter(d -> reportId.equals(d.json().getJsonObject("report").getString("id"))).toList();
  }

  static String guestReport() {
    Map<String, Object> body = Reports.submission();
    body.put("contact", Map.of("name", "Maria Ndolu", "email", "maria.ndolu@example.org", "phone", "+6281234567890"));
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
        .extract().path("id");
  }

  @Test
  void eventsAreDeliveredSignedAndWithoutTheReporter() throws Exception {
    var created = admin().contentType(ContentType.JSON)
        .body(Map.of("name", "Inspektorat", "url", "http://localhost:" + receiver.actualPort() + "/hook",
            "eventTypes", List.of("report.submitted", "report.verified")))
        .post("/api/v1/admin/webhooks").then().statusCode(201).extract().jsonPath();
    String subscription = created.getString("id");
    String secret = created.getString("secret");
    try {
      String id = guestReport();
      admin().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/reports/{id}/verification", id)
          .then().statusCode(200);

      drain(Instant.now());

      List<Delivery> mine = about(id);
      assertThat(mine).extracting(d -> d.headers().get("x-aduan-event"))
          .containsExactlyInAnyOrder("report.submitted", "report.verified");
      for (Delivery d : mine) {
        String signature = d.headers().get("x-aduan-signature");
        long t = Long.parseLong(signature.replaceAll("^t=(\\d+),v1=.*$", "$1"));
        assertThat(signature).endsWith(",v1=" + hmacHex(secret, t + "." + d.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - t)).isLessThan(120);
        assertThat(UUID.fromString(d.headers().get("x-aduan-delivery"))).isNotNull();
        assertThat(d.body()).doesNotContain("Maria").doesNotContain("maria.ndolu").doesNotContain("81234567890")
            .doesNotContain(Reports.DEFAULT_DESCRIPTION);
      }
      JsonObject verified = mine.stream().map(Delivery::json)
          .filter(j -> j.getString("type").equals("report.verified")).findFirst().orElseThrow();
      assertThat(verified.getString("fromStatus")).isEqualTo("SUBMITTED");
      assertThat(verified.getString("toStatus")).isEqualTo("VERIFIED");
      assertThat(verified.getInteger("sequence")).isEqualTo(2);
      assertThat(verified.getJsonObject("report").getString("status")).isEqualTo("VERIFIED");
    } finally {
      admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
    }
  }

  @Test
  void aFailingReceiverIsRetriedThenDeadThenRedeliveredOnce() {
    String subscription = admin().contentType(ContentType.JSON)
        .body(Map.of("name", "Sistem X", "url", "http://localhost:" + receiver.actualPort() + "/hook",
            "eventTypes", List.of("report.submitted")))
        .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    try {
      answer.set(503);
      String id = guestReport();
      Instant now = Instant.now();
      drain(now);
      drain(now.plus(Duration.ofHours(1)));
      drain(now.plus(Duration.ofHours(8)));
      assertThat(about(id)).hasSize(3).allMatch(d -> d.answered() == 503);

      String deliveryId = about(id).get(0).headers().get("x-aduan-delivery");
      assertThat(about(id)).allMatch(d -> d.headers().get("x-aduan-delivery").equals(deliveryId));
      admin().queryParam("status", "DEAD").queryParam("kind", "WEBHOOK").queryParam("size", 100)
          .get("/api/v1/admin/outbox").then().statusCode(200)
          .body("items.id", hasItem(deliveryId));
      admin().get("/api/v1/admin/outbox?status=DEAD&size=100").then()
          .body("items.find { it.id == '" + deliveryId + "' }.attempts", equalTo(3))
          .body("items.find { it.id == '" + deliveryId + "' }.lastError", equalTo(
              "IllegalStateException: The subscriber at http://localhost:" + receiver.actualPort() + "/hook answered 503"));

      answer.set(204);
      admin().post("/api/v1/admin/outbox/{id}/redelivery", deliveryId).then().statusCode(200)
          .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
      admin().post("/api/v1/admin/outbox/{id}/redelivery", deliveryId).then().statusCode(409);
      drain(Instant.now());
      drain(Instant.now().plus(Duration.ofHours(10)));

      assertThat(about(id)).hasSize(4);
      assertThat(about(id).get(3).answered()).isEqualTo(204);
      admin().queryParam("status", "SENT").queryParam("kind", "WEBHOOK").queryParam("size", 100)
          .get("/api/v1/admin/outbox").then().body("items.id", hasItem(deliveryId));
    } finally {
      admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
    }
  }

  @Test
  void aRedirectIsNeverFollowed() {
    String subscription = admin().contentType(ContentType.JSON)
        .body(Map.of("name", "Sistem R", "url", "http://localhost:" + receiver.actualPort() + "/moved",
            "eventTypes", List.of("report.submitted")))
        .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    try {
      String id = guestReport();
      drain(Instant.now());
      assertThat(received).extracting(Delivery::path).containsExactly("/moved");
    } finally {
      admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
    }
  }

  @Test
  void aRefusalIsNotRetried() {
    String subscription = admin().contentType(ContentType.JSON)
        .body(Map.of("name", "Sistem Y", "url", "http://localhost:" + receiver.actualPort() + "/gone",
            "eventTypes", List.of("report.submitted")))
        .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    try {
      answer.set(410);
      String id = guestReport();
      drain(Instant.now());
      drain(Instant.now().plus(Duration.ofHours(10)));
      assertThat(about(id)).hasSize(1);
      String deliveryId = about(id).get(0).headers().get("x-aduan-delivery");
      admin().queryParam("status", "DEAD").queryParam("size", 100).get("/api/v1/admin/outbox").then()
          .body("items.find { it.id == '" + deliveryId + "' }.attempts", equalTo(1));
    } finally {
      admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
    }
  }

  @Test
  void pausedSubscriptionsGetNothingNew() {
    String subscription = admin().contentType(ContentType.JSON)
        .body(Map.of("name", "Sistem Z", "url", "http://localhost:" + receiver.actualPort() + "/hook",
            "eventTypes", List.of("report.submitted")))
        .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    try {
      admin().contentType(ContentType.JSON).body(Map.of("active", false, "eventTypes", List.of("report.submitted",
          "report.closed"))).patch("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(200)
          .body("active", equalTo(false)).body("eventTypes", org.hamcrest.Matchers.contains("report.submitted",
              "report.closed"));
      String id = guestReport();
      drain(Instant.now());
      assertThat(about(id)).isEmpty();
    } finally {
      admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
    }
  }

  /** SSRF (OWASP API7): report data never goes to the API's neighbours, whatever an admin types. */
  @Test
  void privateNetworksAreRefusedUnlessTheCityAllowsThem() {
    for (String url : List.of("https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data",
        "https://192.168.1.1/hook", "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook")) {
      admin().contentType(ContentType.JSON)
          .body(Map.of("name", "Jaringan dalam", "url", url, "eventTypes", List.of("report.closed")))
          .post("/api/v1/admin/webhooks").then().statusCode(400)
          .body("violations[0].field", equalTo("url"))
          .body("violations[0].message", startsWith("must not point into a private network"));
    }
    // Loopback is allowed in the tests (aduan.webhooks.allowed-private-networks), and only there http too.
    String subscription = admin().contentType(ContentType.JSON)
        .body(Map.of("name", "Lokal", "url", "http://127.0.0.1:" + receiver.actualPort() + "/hook",
            "eventTypes", List.of("report.closed")))
        .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
    admin().contentType(ContentType.JSON).body(Map.of("url", "https://10.0.0.5/hook"))
        .patch("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(400)
        .body("violations[0].field", equalTo("url"));
    admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
  }

  @Inject
  io.vertx.mutiny.sqlclient.Pool pool;

  /** A subscription saved before its name led inside (or stored by hand): checked again at each delivery. */
  @Test
  void aDeliveryIntoAPrivateNetworkIsDeadWithoutBeingSent() {
    UUID subscription = UUID.randomUUID();
    pool.preparedQuery("INSERT INTO webhook_subscription (id, name, url, secret, event_types, active, created_at, created_by)"
            + " VALUES ($1, 'Lama', 'https://10.9.8.7/hook', $2, ARRAY['report.submitted'], true, now(), 'admin')")
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(subscription, id.aduan.common.crypto.PersonalDataCipher.seal("whsec_x",
            WebhookSubscription.SECRET, subscription)))
        .await().indefinitely();
    try {
      guestReport();
      drain(Instant.now());
      admin().queryParam("status", "DEAD").queryParam("size", 100).get("/api/v1/admin/outbox").then()
          .body("items.find { it.destination == 'https://10.9.8.7/hook' }.lastError", org.hamcrest.Matchers.containsString(
              "private network"))
          .body("items.find { it.destination == 'https://10.9.8.7/hook' }.attempts", equalTo(1));
    } finally {
      admin().delete("/api/v1/admin/webhooks/{id}", subscription).then().statusCode(204);
    }
  }

  @Test
  void addressesAreClassifiedByTheirNetwork() throws Exception {
    for (String a : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254", "100.64.1.1",
        "0.0.0.0", "::1", "fe80::1", "fd12::1")) {
      assertThat(Destinations.isPrivate(java.net.InetAddress.getByName(a))).as(a).isTrue();
    }
    for (String a : List.of("8.8.8.8", "103.10.20.30", "172.32.0.1", "100.128.0.1", "2001:4860::8888")) {
      assertThat(Destinations.isPrivate(java.net.InetAddress.getByName(a))).as(a).isFalse();
    }
    var city = id.aduan.common.Network.parse("10.20.0.0/16", "test");
    assertThat(city.contains(java.net.InetAddress.getByName("10.20.255.1"))).isTrue();
    assertThat(city.contains(java.net.InetAddress.getByName("10.21.0.1"))).isFalse();
    assertThat(city.contains(java.net.InetAddress.getByName("::1"))).isFalse();
  }

  @Test
  void subscriptionsAreValidatedAndForAdminsOnly() {
    admin().contentType(ContentType.JSON)
        .body(Map.of("name", "X", "url", "http://sistem.example.go.id/hook", "eventTypes", List.of("report.closed")))
        .post("/api/v1/admin/webhooks").then().statusCode(400).body("violations[0].field", equalTo("url"));
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("name", "X", "url", "https://sistem.example.go.id/hook", "eventTypes", List.of("report.eaten")))
        .post("/api/v1/admin/webhooks").then().statusCode(400).body("violations[0].field", equalTo("eventTypes"));
    String body = "{\"name\":\"X\",\"url\":\"https://sistem.example.go.id/hook\",\"eventTypes\":[\"report.closed\"]}";
    given().contentType(ContentType.JSON).body(body).post("/api/v1/admin/webhooks").then().statusCode(401);
    for (String user : List.of("petugas1", "pengawas1", "warga1")) {
      given().auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON).body(body)
          .post("/api/v1/admin/webhooks").then().statusCode(403);
      given().auth().oauth2(Keycloak.token(user)).get("/api/v1/admin/outbox").then().statusCode(403);
    }
    admin().contentType(ContentType.JSON).body(Map.of("active", false))
        .patch("/api/v1/admin/webhooks/{id}", UUID.randomUUID()).then().statusCode(404);
    admin().delete("/api/v1/admin/webhooks/{id}", UUID.randomUUID()).then().statusCode(404);
    admin().post("/api/v1/admin/outbox/{id}/redelivery", UUID.randomUUID()).then().statusCode(404);
    given().auth().oauth2(Keycloak.token("admin1")).queryParam("status", "LOST").get("/api/v1/admin/outbox").then().statusCode(400)
        .body("violations[0].field", equalTo("status"));
  }
}
