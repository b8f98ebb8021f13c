package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testing.Reports;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A burst of unauthenticated requests against a pool of two connections and one hashing thread:
 * every request is answered (503 with Retry-After where the API is saturated), none with 500,
 * and the API serves normally right after. Before the fix, a PIN check held a session's
 * connection while it asked the pool for a second one: the same burst (the guard at 1000 per 15
 * minutes) ended in 198 answers 500 "Timeout waiting for connection" after Vert.x's 30-second wait.
 */
@QuarkusTest
@TestProfile(SaturationTest.Tiny.class)
class SaturationTest {

  public static class Tiny implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.datasource.reactive.max-size", "2",
          "aduan.database.max-waiting", "32",
          "aduan.database.connection-timeout", "2s",
          "aduan.workers.size", "1",
          "aduan.workers.max-queued", "4",
          // Every guess is counted (the statement that, nested in a session, starved the pool)
          // and compared, none refused for its count.
          "aduan.rate-limits.pin-failures-per-address", "1000/10m",
          "aduan.rate-limits.pin-attempts-per-report-and-address", "1000/15m");
    }
  }

  /** The demo data's hash of 123456, made before the pepper: checking it costs PBKDF2 on a worker. */
  static final String LEGACY_HASH =
      "pbkdf2-sha256$20000$YWR1YW4tZGVtby1zYWx0IQ==$6ZO7d6ZUT9LooXvj4c8aHo+XwMwX6qQjprfYHnhSY2w=";

  @Inject
  Pool pool;

  @TestHTTPResource("/")
  URI root;

  @Test
  void aBurstOfGuessesIsAnsweredWithoutA500AndTheApiServesRightAfter() throws Exception {
    Response receipt = given().contentType(ContentType.JSON)
        .body(Reports.submission(Reports.uniqueTitle("Drainase meluap"))).post("/api/v1/reports");
    UUID id = UUID.fromString(receipt.path("id"));
    String code = receipt.path("trackingCode");
    pool.preparedQuery("UPDATE report SET pin_hash = $2 WHERE id = $1").execute(Tuple.of(id, LEGACY_HASH))
        .await().indefinitely();

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      HttpRequest.Builder request = switch (i % 4) {
        case 0 -> HttpRequest.newBuilder(root.resolve("/api/v1/reports/track/" + code + "/access"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + (i % 8 == 0 ? "123456" : "654321") + "\"}"));
        case 1 -> HttpRequest.newBuilder(root.resolve("/api/v1/reports/" + id)).header("X-Report-Pin", "654321");
        case 2 -> HttpRequest.newBuilder(root.resolve("/api/v1/reports/track/" + code));
        default -> HttpRequest.newBuilder(root.resolve("/api/v1/reports/public?size=5"));
      };
      sent.add(http.sendAsync(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
    var byStatus = answers.stream().collect(java.util.stream.Collectors.groupingBy(HttpResponse::statusCode,
        java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    io.quarkus.logging.Log.infof("Saturation burst of %d requests: %s", answers.size(), byStatus);
    assertThat(byStatus.keySet()).as("statuses").isSubsetOf(200, 404, 503);
    // The pool and the workers were really saturated: some requests were turned away, and some served.
    assertThat(byStatus).containsKeys(503, 200);
    assertThat(answers).filteredOn(a -> a.statusCode() == 503)
        .allMatch(a -> a.headers().firstValue("Retry-After").isPresent(), "503 with Retry-After")
        .allMatch(a -> a.body().contains("\"status\":503"), "as problem+json");
    // The right PIN on the slow hash still opens the report once the burst is over.
    given().contentType(ContentType.JSON).body(Map.of("pin", "123456"))
        .post("/api/v1/reports/track/{code}/access", code).then().statusCode(200);
    given().get("/api/v1/reports/public").then().statusCode(200);
  }
}
