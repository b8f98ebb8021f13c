package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A guest's PIN and access key (ADR 0025): guesses counted atomically before they are compared,
 * held back per report and address, and the access key never held back. Only the per-report
 * count is on here, so that what is measured is that count alone.
 */
@QuarkusTest
@TestProfile(GuestAccessTest.PerReport.class)
class GuestAccessTest {

  public static class PerReport implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "aduan.rate-limits.pin-failures-per-address", "off",
          "aduan.rate-limits.pin-attempts-per-report-and-address", "3/15m",
          "aduan.trusted-proxies", "127.0.0.0/8,::1/128");
    }
  }

  @Inject
  Pool pool;

  @org.junit.jupiter.api.BeforeEach
  void forgetCounts() {
    id.aduan.testing.Limits.forget(pool);
  }

  @TestHTTPResource("/api/v1/reports/track/")
  URI track;

  static Response newGuestReport(String what) {
    return given().header("X-Forwarded-For", "198.51.100.200").contentType(ContentType.JSON)
        .body(Reports.submission(Reports.uniqueTitle(what))).post("/api/v1/reports");
  }

  @Test
  void concurrentWrongGuessesEachCostOneAndAtMostTheLimitAreCompared() throws Exception {
    Response receipt = newGuestReport("Lampu taman mati");
    String code = receipt.path("trackingCode");
    String wrong = receipt.<String>path("pin").equals("000000") ? "111111" : "000000";
    HttpClient http = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sent.add(http.sendAsync(HttpRequest.newBuilder(track.resolve(code + "/access"))
          .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.10")
          .POST(HttpRequest.BodyPublishers.ofString("{\"pin\":\"" + wrong + "\"}")).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    List<Integer> statuses = sent.stream().map(f -> f.join().statusCode()).toList();
    // Exactly three were compared (404); every other was refused before its comparison.
    assertThat(statuses.stream().filter(s -> s == 404).count()).isEqualTo(3);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(37);
    assertThat(attempts(code, "203.0.113.10")).isEqualTo(40);
  }

  @Test
  void aStrangerLocksOutOnlyTheirOwnAddressAndTheKeyAlwaysOpens() {
    Response receipt = newGuestReport("Air PDAM keruh");
    String code = receipt.path("trackingCode");
    String pin = receipt.path("pin");
    String wrong = pin.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 3; i++) {
      access(code, wrong, "203.0.113.20").then().statusCode(404);
    }
    access(code, pin, "203.0.113.20").then().statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    access(code, pin, "198.51.100.21").then().statusCode(200).body("trackingCode", equalTo(code));
    access(code, receipt.path("accessKey"), "203.0.113.20").then().statusCode(200);
    // A wrong key is a wrong guess: 404, exactly as a wrong PIN.
    String key = receipt.path("accessKey");
    access(code, key.substring(0, 7) + "A".repeat(21) + "B", "203.0.113.20").then().statusCode(404);
  }

  @Test
  void theRightPinIsGivenBackSoTheReporterNeverRunsOut() {
    Response receipt = newGuestReport("Sampah di pasar");
    String id = receipt.path("id");
    for (int i = 0; i < 8; i++) {
      given().header("X-Forwarded-For", "198.51.100.22")
          .header("X-Report-Pin", receipt.<String>path("pin")).get("/api/v1/reports/{id}", id).then().statusCode(200);
    }
    assertThat(attempts(receipt.path("trackingCode"), "198.51.100.22")).isZero();
  }

  @Test
  void anAccessKeyOpensOnlyItsOwnReport() {
    Response one = newGuestReport("Jembatan retak");
    Response two = newGuestReport("Jembatan retak");
    given().header("X-Report-Pin", one.<String>path("accessKey"))
        .get("/api/v1/reports/{id}/events", one.<String>path("id")).then().statusCode(200);
    given().header("X-Report-Pin", one.<String>path("accessKey"))
        .get("/api/v1/reports/{id}", two.<String>path("id")).then().statusCode(404);
    access(two.path("trackingCode"), one.path("accessKey"), "198.51.100.23").then().statusCode(404);
  }

  static Response access(String code, String secret, String from) {
    return given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
        .body(Map.of("pin", secret)).post("/api/v1/reports/track/{code}/access", code);
  }

  int attempts(String code, String address) {
    var rows = pool.preparedQuery("SELECT attempts FROM pin_attempt a JOIN report r ON r.id = a.report_id"
        + " WHERE r.tracking_code = $1 AND a.address = $2").execute(Tuple.of(code, address)).await().indefinitely();
    return rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0);
  }
}
