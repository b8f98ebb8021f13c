package id.aduan.report.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What, where and when a report is about, its category, and idempotent submission. */
@QuarkusTest
class SubmissionDetailsTest {
  static final ZoneId CITY = ZoneId.of("Asia/Makassar");

  static Response submit(Map<String, Object> body, String key) {
    var spec = given().contentType(ContentType.JSON).body(body);
    if (key != null) {
      spec.header("Idempotency-Key", key);
    }
    return spec.post("/api/v1/reports");
  }

  static String category(boolean active) {
    return given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("code", "CAT-" + System.nanoTime() % 1_000_000_000L, "name", "Kategori uji", "active", active))
        .post("/api/v1/categories").then().statusCode(201).extract().path("id");
  }

  @Test
  void locationCategoryAndDateAreKept() {
    String category = category(true);
    Map<String, Object> body = Reports.submission();
    body.put("categoryId", category);
    body.put("incidentDate", LocalDate.now(CITY).minusDays(2).toString());
    body.put("location", Map.of("latitude", -10.1632, "longitude", 123.6015, "kecamatanCode", "53.71.04",
        "kelurahanCode", "53.71.04.1001", "address", "Depan SD Inpres Oebobo"));
    String id = submit(body, null).then().statusCode(201).extract().path("id");
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then()
        .statusCode(200)
        .body("categoryId", equalTo(category))
        .body("location.kecamatanCode", equalTo("53.71.04"))
        .body("location.latitude", equalTo(-10.1632f))
        .body("location.address", equalTo("Depan SD Inpres Oebobo"))
        .body("incidentDate", equalTo(LocalDate.now(CITY).minusDays(2).toString()));
  }

  @Test
  void whereAndWhenAreChecked() {
    Map<String, Object> body = Reports.submission();
    body.put("location", Map.of("latitude", -10.16));
    submit(body, null).then().statusCode(400).body("violations[0].field", equalTo("location.longitude"));
    body.put("location", Map.of("latitude", 95.0, "longitude", 123.6, "kecamatanCode", "Oebobo"));
    submit(body, null).then().statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("location.latitude",
            "location.kecamatanCode"));
    body.remove("location");
    body.put("incidentDate", LocalDate.now(CITY).plusDays(1).toString());
    submit(body, null).then().statusCode(400).body("violations[0].field", equalTo("incidentDate"))
        .body("violations[0].message", equalTo("cannot be in the future"));
    body.put("incidentDate", "kemarin");
    submit(body, null).then().statusCode(400).body("violations[0].field", equalTo("incidentDate"));
    body.remove("incidentDate");
    body.put("categoryId", category(false));
    submit(body, null).then().statusCode(400).body("violations[0].field", equalTo("categoryId"))
        .body("violations[0].message", equalTo("is not an active category"));
  }

  @Test
  void adminClassifiesWhenVerifying() {
    String id = submit(Reports.submission(), null).then().statusCode(201).extract().path("id");
    String category = category(true);
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("categoryId", category)).post("/api/v1/reports/{id}/verification", id).then().statusCode(200)
        .body("categoryId", equalTo(category));
  }

  @Test
  void guestRetryReturnsTheFirstReportWithAFreshPin() {
    String key = UUID.randomUUID().toString();
    Response first = submit(Reports.submission("Sampah belum diangkut"), key);
    first.then().statusCode(201);
    Response retry = submit(Reports.submission("Sampah belum diangkut"), key);
    retry.then().statusCode(201);
    assertThat((String) retry.path("id")).isEqualTo(first.path("id"));
    assertThat((String) retry.path("trackingCode")).isEqualTo(first.path("trackingCode"));
    String id = first.path("id");
    given().header("X-Report-Pin", (String) retry.path("pin")).get("/api/v1/reports/{id}", id).then().statusCode(200);
    if (!first.path("pin").equals(retry.path("pin"))) {
      given().header("X-Report-Pin", (String) first.path("pin")).get("/api/v1/reports/{id}", id).then()
          .statusCode(404);
    }
    submit(Reports.submission("Isi yang lain sama sekali"), key).then().statusCode(409);
  }

  @Test
  void citizenRetryIsScopedToTheCitizen() {
    String key = UUID.randomUUID().toString();
    String token = Keycloak.token("warga1");
    String first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
        .body(Reports.submission("Air PDAM mati")).post("/api/v1/reports").then().statusCode(201).extract().path("id");
    String again = given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON)
        .body(Reports.submission("Air PDAM mati")).post("/api/v1/reports").then().statusCode(201).extract().path("id");
    assertThat(again).isEqualTo(first);
    // The same key from someone else is their own key.
    String other = given().auth().oauth2(Keycloak.token("warga2")).header("Idempotency-Key", key)
        .contentType(ContentType.JSON).body(Reports.submission("Air PDAM mati")).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void concurrentRetriesMakeOneReport() throws Exception {
    String key = UUID.randomUUID().toString();
    List<CompletableFuture<String>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> given().header("Idempotency-Key", key)
          .contentType(ContentType.JSON).body(Reports.submission("Laporan serentak")).post("/api/v1/reports")
          .then().statusCode(201).extract().path("id")));
    }
    List<String> ids = new ArrayList<>();
    for (var c : calls) {
      ids.add(c.get());
    }
    assertThat(ids).containsOnly(ids.get(0));
  }

  @Test
  void badKeyIsNamed() {
    submit(Reports.submission(), "x".repeat(201)).then().statusCode(400)
        .body("violations[0].field", equalTo("Idempotency-Key"));
  }
}
