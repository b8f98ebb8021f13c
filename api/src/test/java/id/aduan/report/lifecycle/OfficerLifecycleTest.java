package id.aduan.report.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.aduan.testing.Agencies;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agency side of the lifecycle with real tokens: petugas1 works for a fresh agency P with
 * a sub-unit C, petugas2 for an unrelated agency O.
 */
@QuarkusTest
public class OfficerLifecycleTest {
  String p;
  String c;
  String o;

  @BeforeEach
  void agencies() {
    p = Agencies.create("Dinas Kesehatan Uji", null, true);
    c = Agencies.create("Puskesmas Uji", p, true);
    o = Agencies.create("Dinas Lain", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", p, true);
    Officers.place(Officers.PETUGAS2, "Petugas Dua", o, true);
  }

  public static ValidatableResponse step(String user, String id, String step, Object body) {
    return given().auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON)
        .body(body).post("/api/v1/reports/{id}/" + step, id).then();
  }

  public static ValidatableResponse read(String user, String id) {
    return given().auth().oauth2(Keycloak.token(user)).get("/api/v1/reports/{id}", id).then();
  }

  /** A citizen's report, verified (with the given anonymity) and forwarded to {@code agency} by admin1. */
  static String forwardedTo(String agency, boolean anonymous) {
    String id = given().auth().oauth2(Keycloak.token("warga1")).contentType(ContentType.JSON)
        .body(Reports.submission()).post("/api/v1/reports").then().statusCode(201).extract().path("id");
    step("admin1", id, "verification", Map.of("anonymous", anonymous)).statusCode(200);
    step("admin1", id, "forwards", Map.of("agencyId", agency)).statusCode(200);
    return id;
  }

  @Test
  void agencyFollowsUpAndResolves() {
    String id = forwardedTo(p, false);
    read("petugas1", id).statusCode(200).body("currentAgencyId", equalTo(p));
    step("petugas1", id, "resolution", Map.of("resolution", "Terlalu cepat")).statusCode(409);
    step("petugas1", id, "follow-ups", Map.of("message", "Sedang ditinjau.")).statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));
    step("petugas1", id, "follow-ups", Map.of("message", "Tim sudah ke lokasi.")).statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));
    step("petugas1", id, "resolution", Map.of("resolution", "Sudah diperbaiki.")).statusCode(200)
        .body("status", equalTo("RESOLVED"));

    given().auth().oauth2(Keycloak.token("petugas1")).get("/api/v1/reports/{id}/events", id)
        .then().statusCode(200)
        .body("items.type", contains("SUBMITTED", "VERIFIED", "FORWARDED", "FOLLOWED_UP", "FOLLOWED_UP", "RESOLVED"))
        .body("items[3].actorAgencyId", equalTo(p))
        .body("items[3].actorName", equalTo("Petugas Satu"))
        .body("items[5].details.resolution", equalTo("Sudah diperbaiki."));
    given().auth().oauth2(Keycloak.token("warga1")).get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items[3].details.message", equalTo("Sedang ditinjau."));
  }

  @Test
  void anotherAgencySeesNothing() {
    String id = forwardedTo(p, false);
    read("petugas2", id).statusCode(404);
    step("petugas2", id, "follow-ups", Map.of("message", "Bukan urusan kami")).statusCode(404);
    step("petugas2", id, "returns", Map.of("reason", "x")).statusCode(404);
    given().auth().oauth2(Keycloak.token("petugas2")).get("/api/v1/reports/{id}/events", id).then().statusCode(404);
  }

  @Test
  void forwardsOnlyToItsOwnSubUnits() {
    String id = forwardedTo(p, false);
    step("petugas1", id, "forwards", Map.of("agencyId", o)).statusCode(400)
        .body("violations[0].field", equalTo("agencyId"));
    step("petugas1", id, "forwards", Map.of("agencyId", p)).statusCode(400);
    step("petugas1", id, "forwards", Map.of("agencyId", c, "note", "Untuk Puskesmas")).statusCode(200)
        .body("status", equalTo("FORWARDED")).body("currentAgencyId", equalTo(c));
    // The parent agency still reaches the report at its sub-unit.
    step("petugas1", id, "follow-ups", Map.of("message", "Dipantau dinas.")).statusCode(200);
  }

  @Test
  void notOurAuthorityGoesBackToTheAdmin() {
    String id = forwardedTo(p, false);
    step("petugas1", id, "returns", Map.of("reason", "Kewenangan provinsi.")).statusCode(200)
        .body("status", equalTo("VERIFIED")).body("$", not(hasKey("currentAgencyId")));
    read("petugas1", id).statusCode(200);
    step("petugas1", id, "follow-ups", Map.of("message", "Masih bisa?")).statusCode(409);
    step("admin1", id, "forwards", Map.of("agencyId", o)).statusCode(200);
    read("petugas2", id).statusCode(200);
    step("petugas2", id, "follow-ups", Map.of("message", "Kami tangani.")).statusCode(200);
    // The first agency still sees the report it once had, but may no longer act on it.
    read("petugas1", id).statusCode(200).body("currentAgencyId", equalTo(o));
    step("petugas1", id, "follow-ups", Map.of("message", "Masih bisa?")).statusCode(409)
        .body("detail", equalTo("Your agency is not handling this report now."));
    // Nor write to the reporter; a note among officials is still allowed.
    step("petugas1", id, "messages", Map.of("body", "Pak, kami sudah tidak menangani.")).statusCode(409)
        .body("detail", equalTo("Your agency is not handling this report now."));
    step("petugas1", id, "messages", Map.of("body", "Catatan serah terima.", "internal", true)).statusCode(201);
    step("petugas2", id, "messages", Map.of("body", "Kami tangani, Pak.")).statusCode(201);
  }

  @Test
  void theLinkOfAnAnonymousSocialMediaComplaintStaysWithTheAdmins() {
    String post = "https://www.facebook.com/warga.kupang/posts/1234567890";
    String id = given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("channel", "SOCIAL_MEDIA", "sourceUrl", post, "report", Reports.submission()))
        .post("/api/v1/assisted-reports").then().statusCode(201).extract().path("id");
    step("admin1", id, "verification", Map.of("anonymous", true)).statusCode(200);
    step("admin1", id, "forwards", Map.of("agencyId", p)).statusCode(200);
    read("petugas1", id).statusCode(200).body("$", not(hasKey("sourceUrl")));
    read("pengawas1", id).statusCode(200).body("$", not(hasKey("sourceUrl")));
    read("admin1", id).statusCode(200).body("sourceUrl", equalTo(post));
    // Never public, anonymous or not: Open311 shows no media_url for it.
    String code = read("admin1", id).extract().path("trackingCode");
    given().queryParam("service_request_id", code).get("/open311/v2/requests.json").then().statusCode(200)
        .body("[0].service_request_id", equalTo(code))
        .body("[0]", not(hasKey("media_url")));
  }

  @Test
  void anonymousReporterIsHiddenFromTheAgency() {
    String id = forwardedTo(p, true);
    read("petugas1", id).statusCode(200).body("anonymous", equalTo(true)).body("$", not(hasKey("contact")));
    read("admin1", id).statusCode(200).body("contact.email", equalTo("warga1@aduan.test"));
    read("pengawas1", id).statusCode(200).body("$", not(hasKey("contact")));
    read("warga1", id).statusCode(200).body("contact.email", equalTo("warga1@aduan.test"));
    given().auth().oauth2(Keycloak.token("petugas1")).get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items[0]", not(hasKey("actorName")));
  }

  @Test
  void inactiveOfficerSeesNothing() {
    String id = forwardedTo(o, false);
    Officers.place(Officers.PETUGAS2, "Petugas Dua", o, false);
    read("petugas2", id).statusCode(404);
    Officers.place(Officers.PETUGAS2, "Petugas Dua", o, true);
    read("petugas2", id).statusCode(200);
  }

  @Test
  void onlyOfficersTakeAgencySteps() {
    String id = forwardedTo(p, false);
    for (String step : new String[] {"returns", "follow-ups", "resolution"}) {
      step("admin1", id, step, Map.of()).statusCode(403);
      step("warga1", id, step, Map.of()).statusCode(403);
      step("pengawas1", id, step, Map.of()).statusCode(403);
      given().contentType(ContentType.JSON).body(Map.of())
          .post("/api/v1/reports/{id}/" + step, id).then().statusCode(401);
    }
    step("petugas1", id, "follow-ups", Map.of("message", "")).statusCode(400)
        .body("violations[0].field", equalTo("message"));
  }
}
