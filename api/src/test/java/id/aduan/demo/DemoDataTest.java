package id.aduan.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With aduan.demo-data=true the demo reports are there, and loading them twice is harmless. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("aduan.demo-data", "true");
    }
  }

  @Test
  void theDemoOpen311KeyFilesARequest() {
    given().contentType("application/x-www-form-urlencoded")
        .formParam("api_key", "adn_DEMO-ONLY-open311-key-for-local-testing")
        .formParam("service_code", "JALAN-RUSAK")
        .formParam("lat", "-10.1772").formParam("long", "123.6070")
        .formParam("description", "Jalan berlubang besar di depan pasar, berbahaya bagi motor.")
        .post("/open311/v2/requests.json").then().statusCode(201)
        .body("[0].service_request_id", org.hamcrest.Matchers.matchesPattern("[0-9A-Z]{8}"));
  }

  @Test
  void demoReportIsTrackable() {
    // Not verified yet, so not public: anyone who types the code sees its status, not its title.
    given().get("/api/v1/reports/track/DEM2AAAA").then().statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("title")));
  }

  @Test
  @io.quarkus.test.security.TestSecurity(user = "admin-a", roles = "admin")
  void demoAgenciesFormTheKupangTree() {
    String city = given().queryParam("size", 100).get("/api/v1/agencies").then().statusCode(200)
        .body("items.code", org.hamcrest.Matchers.hasItems("PEMKOT-KUPANG", "DINKES", "DINKES-PKM-OESAPA"))
        .extract().path("items.find { it.code == 'PEMKOT-KUPANG' }.id");
    given().queryParam("parentId", city).queryParam("size", 100).get("/api/v1/agencies").then().statusCode(200)
        .body("items.code", org.hamcrest.Matchers.hasItem("DINKES"))
        .body("items.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("DINKES-PKM-OESAPA")));
  }

  @Test
  void demoAreasAreKupangsKecamatan() {
    given().queryParam("parentCode", "53.71").get("/api/v1/areas").then().statusCode(200)
        .body("items.size()", equalTo(6))
        .body("items.name", org.hamcrest.Matchers.hasItems("Alak", "Kelapa Lima", "Kota Lama"));
    given().queryParam("parentCode", "53.71.04").get("/api/v1/areas").then().statusCode(200)
        .body("items.name", org.hamcrest.Matchers.hasItem("Oesapa"));
  }

  @Test
  void demoReportsHaveTheirSubmissionEvent() {
    given().auth().oauth2(id.aduan.testing.Keycloak.token("admin1")).get("/api/v1/reports/01900000-0000-7000-8000-000000000001/events").then().statusCode(200)
        .body("items.type", org.hamcrest.Matchers.contains("SUBMITTED"));
  }

  @Test
  void demoReportsCoverEveryStatusWithTheirHistory() {
    String admin = id.aduan.testing.Keycloak.token("admin1");
    for (String status : new String[] {"SUBMITTED", "VERIFIED"}) {
      given().auth().oauth2(admin).queryParam("status", status).get("/api/v1/inbox").then().statusCode(200)
          .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }
    for (String status : new String[] {"VERIFIED", "FORWARDED", "IN_PROGRESS", "RESOLVED", "CLOSED"}) {
      given().queryParam("status", status).get("/api/v1/reports/public").then().statusCode(200)
          .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }
    // A closed demo report went through every step.
    String closed = given().queryParam("status", "CLOSED").get("/api/v1/reports/public").then()
        .extract().path("items[0].id");
    given().auth().oauth2(admin).get("/api/v1/reports/{id}/events", closed).then().statusCode(200)
        .body("items.type", org.hamcrest.Matchers.contains("SUBMITTED", "VERIFIED", "FORWARDED", "FOLLOWED_UP",
            "RESOLVED", "CONFIRMED"));
    // The demo officer of the environment office has work (petugas1 and 2 are moved around by other tests).
    given().auth().oauth2(id.aduan.testing.Keycloak.token("petugas.dlhk")).queryParam("size", 100).get("/api/v1/inbox")
        .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
  }

  @Test
  void demoGuestReportsOpenWithTheDemoPin() {
    given().contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("pin", "123456"))
        .post("/api/v1/reports/track/{code}/access", "DM24KPGX").then().statusCode(200)
        .body("trackingCode", equalTo("DM24KPGX"));
  }
}
