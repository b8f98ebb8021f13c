package id.aduan.report.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Officials enter walk-in, phone and social-media complaints for the complainant. */
@QuarkusTest
class AssistedReportTest {
  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON);
  }

  static Map<String, Object> walkIn() {
    Map<String, Object> report = Reports.submission();
    report.put("contact", Map.of("name", "Yohanis Bana", "phone", "+6281338000111"));
    return Map.of("channel", "WALK_IN", "report", report);
  }

  @Test
  void anOfficerEntersAComplaintThatStaysTheComplainants() {
    Response receipt = as("petugas1").body(walkIn()).post("/api/v1/assisted-reports");
    receipt.then().statusCode(201).body("status", equalTo("SUBMITTED")).body("pin", matchesPattern("[0-9]{6}"));
    String id = receipt.path("id");
    String code = receipt.path("trackingCode");
    receipt.then().header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reports/" + id));

    as("admin1").get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("channel", equalTo("WALK_IN"))
        .body("contact.name", equalTo("Yohanis Bana"))
        .body("contact.phone", equalTo("+6281338000111"))
        .body("$", not(hasKey("sourceUrl")));
    as("admin1").get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items[0].type", equalTo("SUBMITTED"))
        .body("items[0].actorRole", equalTo("officer"));
    // The complainant follows it with the PIN the official handed over.
    given().contentType(ContentType.JSON).body(Map.of("pin", receipt.path("pin")))
        .post("/api/v1/reports/track/{c}/access", code).then().statusCode(200).body("id", equalTo(id));
    // It is not the official's own report.
    as("petugas1").get("/api/v1/me/reports").then().statusCode(403);
  }

  @Test
  void aSocialMediaComplaintKeepsItsPost() {
    Map<String, Object> body = Map.of("channel", "SOCIAL_MEDIA",
        "sourceUrl", "https://x.com/warga_kupang/status/1860000000000000000", "report", Reports.submission());
    String id = as("admin1").body(body).post("/api/v1/assisted-reports").then().statusCode(201).extract().path("id");
    as("admin1").get("/api/v1/reports/{id}", id).then()
        .body("channel", equalTo("SOCIAL_MEDIA"))
        .body("sourceUrl", equalTo("https://x.com/warga_kupang/status/1860000000000000000"));
  }

  @Test
  void theSourceLinkIsForSocialMediaOnlyAndMustBeAWebAddress() {
    as("admin1").body(Map.of("channel", "SOCIAL_MEDIA", "report", Reports.submission()))
        .post("/api/v1/assisted-reports").then().statusCode(400)
        .body("violations[0].field", equalTo("sourceUrl"))
        .body("violations[0].message", equalTo("is required for a complaint from social media"));
    as("admin1").body(Map.of("channel", "SOCIAL_MEDIA", "sourceUrl", "ftp://x.com/a", "report", Reports.submission()))
        .post("/api/v1/assisted-reports").then().statusCode(400)
        .body("violations[0].field", equalTo("sourceUrl"));
    as("admin1").body(Map.of("channel", "PHONE", "sourceUrl", "https://x.com/a", "report", Reports.submission()))
        .post("/api/v1/assisted-reports").then().statusCode(400)
        .body("violations[0].field", equalTo("sourceUrl"));
    Map<String, Object> tooShort = Reports.submission();
    tooShort.put("title", "abc");
    as("admin1").body(Map.of("channel", "PHONE", "report", tooShort))
        .post("/api/v1/assisted-reports").then().statusCode(400)
        .body("violations[0].field", equalTo("report.title"));
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("channel", "WEB", "report", Reports.submission()))
        .post("/api/v1/assisted-reports").then().statusCode(400)
        .body("violations[0].field", equalTo("channel"));
  }

  @Test
  void aRetriedEntryIsOneReport() {
    String key = UUID.randomUUID().toString();
    String first = as("petugas1").header("Idempotency-Key", key).body(walkIn()).post("/api/v1/assisted-reports")
        .then().statusCode(201).extract().path("id");
    as("petugas1").header("Idempotency-Key", key).body(walkIn()).post("/api/v1/assisted-reports")
        .then().statusCode(201).body("id", equalTo(first));
  }

  @Test
  void onlyComplaintUnitOfficialsEnterReports() {
    given().contentType(ContentType.JSON).body(walkIn()).post("/api/v1/assisted-reports").then().statusCode(401);
    for (String user : List.of("warga1", "pengawas1")) {
      as(user).body(walkIn()).post("/api/v1/assisted-reports").then().statusCode(403);
    }
  }
}
