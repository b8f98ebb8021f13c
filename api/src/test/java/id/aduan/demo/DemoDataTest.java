package id.aduan.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.common.config.AppConfig;
import id.aduan.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With aduan.demo-data=true the demo reports are there, and loading them twice is harmless.
 * Each test loads them (again) itself and reads demo rows by their fixed ids and codes, never
 * "the first one" of a list that other tests' reports also fill: any order of the tests, and of
 * the other test classes before them, gives the same answers.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {
  static final String CITY = "01900000-0000-7000-8000-0000000000a0";
  static final String DINKES = "01900000-0000-7000-8000-0000000000a1";
  static final String PUSKESMAS_OESAPA = "01900000-0000-7000-8000-0000000000a2";
  /** Demo report 1 of demo-data.sql: a citizen's, submitted, without a deadline the job would act on. */
  static final String SUBMITTED_REPORT = "01900000-0000-7000-8000-000000000001";
  /**
   * One generated demo report of each status, with the steps that led there: report i of
   * demo-data.sql (its id ends in i, in hex) has the ((i * 7) % 20)-th status of the list there.
   */
  static final List<Loaded> ONE_OF_EACH_STATUS = List.of(
      // i = 20: 140 % 20 = 0, SUBMITTED
      new Loaded("01900000-0000-7000-8001-000000000014", "SUBMITTED"),
      // i = 9: 63 % 20 = 3, ON_HOLD
      new Loaded("01900000-0000-7000-8001-000000000009", "SUBMITTED", "HELD"),
      // i = 12: 84 % 20 = 4, VERIFIED
      new Loaded("01900000-0000-7000-8001-00000000000c", "SUBMITTED", "VERIFIED"),
      // i = 18: 126 % 20 = 6, FORWARDED
      new Loaded("01900000-0000-7000-8001-000000000012", "SUBMITTED", "VERIFIED", "FORWARDED"),
      // i = 7: 49 % 20 = 9, IN_PROGRESS
      new Loaded("01900000-0000-7000-8001-000000000007", "SUBMITTED", "VERIFIED", "FORWARDED", "FOLLOWED_UP"),
      // i = 2: 14, RESOLVED (DM24KPGX, a guest's)
      new Loaded("01900000-0000-7000-8001-000000000002", "SUBMITTED", "VERIFIED", "FORWARDED", "FOLLOWED_UP",
          "RESOLVED"),
      // i = 5: 35 % 20 = 15, CLOSED
      new Loaded("01900000-0000-7000-8001-000000000005", "SUBMITTED", "VERIFIED", "FORWARDED", "FOLLOWED_UP",
          "RESOLVED", "CONFIRMED"),
      // i = 17: 119 % 20 = 19, ARCHIVED
      new Loaded("01900000-0000-7000-8001-000000000011", "SUBMITTED", "ARCHIVED"));

  record Loaded(String id, String... steps) {}

  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("aduan.demo-data", "true");
    }
  }

  @Inject
  Pool pool;

  @Inject
  AppConfig config;

  /** The application loaded them when it started; this loads them again, as a second instance would. */
  @BeforeEach
  void demoData() throws IOException {
    new DemoData().load(null, pool, config);
  }

  /** Rows of the demo data and of their history, counted by their fixed ids. */
  long demoRows() {
    return pool.query("SELECT (SELECT count(*) FROM report WHERE id::text LIKE '01900000-0000-7000-800%')"
            + " + (SELECT count(*) FROM report_event WHERE report_id::text LIKE '01900000-0000-7000-800%')"
            + " + (SELECT count(*) FROM agency WHERE id::text LIKE '01900000-0000-7000-8000-%')"
            + " + (SELECT count(*) FROM api_client WHERE id::text LIKE '01900000-0000-7000-8003-%')")
        .execute().await().indefinitely().iterator().next().getLong(0);
  }

  @Test
  void loadingThemAgainAddsNothing() throws IOException {
    long before = demoRows();
    assertThat(before).isGreaterThan(200);
    new DemoData().load(null, pool, config);
    assertThat(demoRows()).isEqualTo(before);
  }

  @Test
  void theDemoOpen311KeyFilesARequest() {
    given().contentType("application/x-www-form-urlencoded")
        .formParam("api_key", "adn_DEMO-ONLY-open311-key-for-local-testing")
        .formParam("service_code", "JALAN-RUSAK")
        .formParam("lat", "-10.1772").formParam("long", "123.6070")
        .formParam("description", "Jalan berlubang besar di depan pasar, berbahaya bagi motor.")
        .post("/open311/v2/requests.json").then().statusCode(201)
        .body("[0].service_request_id", matchesPattern("[0-9A-Z]{8}"));
  }

  @Test
  void demoReportIsTrackable() {
    // Not verified yet, so not public: anyone who types the code sees its status, not its title.
    given().get("/api/v1/reports/track/DEM2AAAA").then().statusCode(200)
        .body("status", equalTo("SUBMITTED"))
        .body("$", not(hasKey("title")));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void demoAgenciesFormTheKupangTree() {
    // Read by id: other tests' agencies fill the first pages of the list.
    given().get("/api/v1/agencies/{id}", CITY).then().statusCode(200)
        .body("code", equalTo("PEMKOT-KUPANG")).body("parentId", nullValue());
    given().get("/api/v1/agencies/{id}", DINKES).then().statusCode(200)
        .body("code", equalTo("DINKES")).body("parentId", equalTo(CITY));
    given().get("/api/v1/agencies/{id}", PUSKESMAS_OESAPA).then().statusCode(200)
        .body("code", equalTo("DINKES-PKM-OESAPA")).body("parentId", equalTo(DINKES));
    given().queryParam("parentId", CITY).queryParam("size", 100).get("/api/v1/agencies").then().statusCode(200)
        .body("items.code", hasItem("DINKES"))
        .body("items.code", not(hasItem("DINKES-PKM-OESAPA")));
  }

  @Test
  void demoAreasAreKupangsKecamatan() {
    given().queryParam("parentCode", "53.71").get("/api/v1/areas").then().statusCode(200)
        .body("items.size()", equalTo(6))
        .body("items.name", hasItems("Alak", "Kelapa Lima", "Kota Lama"));
    given().queryParam("parentCode", "53.71.04").get("/api/v1/areas").then().statusCode(200)
        .body("items.name", hasItem("Oesapa"));
  }

  @Test
  void demoReportsHaveTheirSubmissionEvent() {
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}/events", SUBMITTED_REPORT).then()
        .statusCode(200)
        .body("items[0].type", equalTo("SUBMITTED"))
        .body("items[0].actorRole", equalTo("citizen"));
  }

  @Test
  void demoReportsCoverEveryStatusWithTheirHistory() {
    String admin = Keycloak.token("admin1");
    // Their statuses move on with other tests (the deadline job closes resolved reports, escalates
    // late ones): the steps they were loaded with stay, first in their history.
    for (Loaded report : ONE_OF_EACH_STATUS) {
      List<String> types = given().auth().oauth2(admin).queryParam("size", 100)
          .get("/api/v1/reports/{id}/events", report.id()).then().statusCode(200).extract().path("items.type");
      assertThat(types).as(report.id()).startsWith(report.steps());
    }
    for (String status : new String[] {"SUBMITTED", "VERIFIED"}) {
      given().auth().oauth2(admin).queryParam("status", status).get("/api/v1/inbox").then().statusCode(200)
          .body("items.size()", greaterThan(0));
    }
    // The demo officer of the environment office has work (petugas1 and 2 are moved around by other tests).
    given().auth().oauth2(Keycloak.token("petugas.dlhk")).queryParam("size", 100).get("/api/v1/inbox")
        .then().statusCode(200).body("items.size()", greaterThan(0));
  }

  @Test
  void demoGuestReportsOpenWithTheDemoPin() {
    given().contentType(ContentType.JSON).body(Map.of("pin", "123456"))
        .post("/api/v1/reports/track/{code}/access", "DM24KPGX").then().statusCode(200)
        .body("trackingCode", equalTo("DM24KPGX"));
  }
}
