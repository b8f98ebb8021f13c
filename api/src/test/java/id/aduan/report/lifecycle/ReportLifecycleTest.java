package id.aduan.report.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.testing.Agencies;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The admin's lifecycle decisions over HTTP, with real tokens where identities matter. */
@QuarkusTest
class ReportLifecycleTest {
  static final List<String> ADMIN_STEPS = List.of("verification", "hold", "archive", "forwards");

  static RequestSpecification admin() {
    return given().auth().oauth2(Keycloak.token("admin1"));
  }

  static String guestReport() {
    return given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
  }

  static ValidatableResponse step(RequestSpecification as, String id, String step, Object body) {
    return as.contentType(ContentType.JSON).body(body).post("/api/v1/reports/{id}/" + step, id).then();
  }

  @Test
  void verifyThenForwardIsRecordedInTheHistory() {
    String agency = Agencies.create("Dinas Pekerjaan Umum", null, true);
    String warga1 = Keycloak.token("warga1");
    String id = given().auth().oauth2(warga1).contentType(ContentType.JSON).body(Reports.submission())
        .post("/api/v1/reports").then().statusCode(201).extract().path("id");

    step(admin(), id, "verification", Map.of("anonymous", true)).statusCode(200)
        .body("status", equalTo("VERIFIED"))
        .body("anonymous", equalTo(true))
        .body("confidential", equalTo(false));
    step(admin(), id, "forwards", Map.of("agencyId", agency, "note", "Mohon segera ditinjau.")).statusCode(200)
        .body("status", equalTo("FORWARDED"))
        .body("currentAgencyId", equalTo(agency));

    admin().get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items.type", contains("SUBMITTED", "VERIFIED", "FORWARDED"))
        .body("items.seq", contains(1, 2, 3))
        .body("items.toStatus", contains("SUBMITTED", "VERIFIED", "FORWARDED"))
        .body("items[1].fromStatus", equalTo("SUBMITTED"))
        .body("items[1].actorRole", equalTo("admin"))
        .body("items[1].actorName", equalTo("Admin Satu"))
        .body("items[2].details.note", equalTo("Mohon segera ditinjau."))
        .body("items[0].actorRole", equalTo("citizen"))
        .body("items[0]", not(hasKey("actorName")));

    // The reporter follows the same history, without the note meant for the agency.
    given().auth().oauth2(warga1).get("/api/v1/reports/{id}/events", id).then()
        .statusCode(200)
        .body("items.type", contains("SUBMITTED", "VERIFIED", "FORWARDED"))
        .body("items[2].details.agencyId", equalTo(agency))
        .body("items[2].details", not(hasKey("note")));
  }

  @Test
  void disallowedTransitionIs409NamingTheAllowedStatuses() {
    String id = guestReport();
    step(admin(), id, "verification", Map.of()).statusCode(200);
    step(admin(), id, "verification", Map.of()).statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("The report is VERIFIED; it can be verified only when it is SUBMITTED or ON_HOLD."));
    String fresh = guestReport();
    step(admin(), fresh, "forwards", Map.of("agencyId", Agencies.create("Dinas X", null, true))).statusCode(409)
        .body("detail", equalTo("The report is SUBMITTED; it can be forwarded only when it is VERIFIED."));
  }

  @Test
  void holdAndResumeByVerification() {
    String id = guestReport();
    step(admin(), id, "hold", Map.of("message", "Mohon sebutkan kelurahannya.")).statusCode(200)
        .body("status", equalTo("ON_HOLD"));
    step(admin(), id, "verification", Map.of("confidential", true)).statusCode(200)
        .body("status", equalTo("VERIFIED")).body("confidential", equalTo(true));
    step(admin(), id, "hold", Map.of("message", " ")).statusCode(400)
        .body("violations[0].field", equalTo("message"));
  }

  @Test
  void archiveAsDuplicateNamesTheOriginal() {
    String original = guestReport();
    String copy = guestReport();
    step(admin(), copy, "archive", Map.of("reason", "DUPLICATE")).statusCode(400)
        .body("violations[0].field", equalTo("duplicateOf"));
    step(admin(), copy, "archive", Map.of("reason", "SPAM", "duplicateOf", original)).statusCode(400)
        .body("violations[0].field", equalTo("duplicateOf"));
    step(admin(), copy, "archive", Map.of("reason", "DUPLICATE", "duplicateOf", UUID.randomUUID().toString()))
        .statusCode(400).body("violations[0].message", equalTo("is not a report"));
    step(admin(), copy, "archive", Map.of("reason", "DUPLICATE", "duplicateOf", original)).statusCode(200)
        .body("status", equalTo("ARCHIVED"))
        .body("archiveReason", equalTo("DUPLICATE"))
        .body("duplicateOf", equalTo(original));
    step(admin(), copy, "hold", Map.of("message", "Terlambat")).statusCode(409);
    step(admin(), copy, "archive", Map.of("reason", "WHATEVER")).statusCode(400)
        .body("violations[0].field", equalTo("reason"));
  }

  @Test
  void forwardNeedsAnActiveAgency() {
    String id = guestReport();
    step(admin(), id, "verification", Map.of()).statusCode(200);
    step(admin(), id, "forwards", Map.of("agencyId", Agencies.create("Dinas Lama", null, false))).statusCode(400)
        .body("violations[0].field", equalTo("agencyId"))
        .body("violations[0].message", equalTo("is not an active agency"));
    step(admin(), id, "forwards", Map.of("agencyId", UUID.randomUUID().toString())).statusCode(400);
    step(admin(), id, "forwards", Map.of()).statusCode(400).body("violations[0].field", equalTo("agencyId"));
    admin().get("/api/v1/reports/{id}", id).then().body("status", equalTo("VERIFIED"))
        .body("$", not(hasKey("currentAgencyId")));
  }

  @Test
  void concurrentVerificationsHaveExactlyOneWinner() throws Exception {
    String id = guestReport();
    String token = Keycloak.token("admin1");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      calls.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
            .post("/api/v1/reports/{id}/verification", id).statusCode();
      }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (var c : calls) {
      statuses.add(c.get());
    }
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    admin().get("/api/v1/reports/{id}/events", id).then()
        .body("items.type", contains("SUBMITTED", "VERIFIED"));
  }

  @Test
  void everyStepNeedsAToken() {
    String id = guestReport();
    for (String step : ADMIN_STEPS) {
      step(given(), id, step, Map.of()).statusCode(401);
    }
    given().get("/api/v1/reports/{id}/events", id).then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "officer-a", roles = "officer")
  void officersCannotTakeAdminSteps() {
    String id = guestReport();
    for (String step : List.of("verification", "hold", "archive")) {
      step(given(), id, step, Map.of()).statusCode(403);
    }
    // Officers may forward, but only reports their agency handles: this one they cannot even see.
    step(given(), id, "forwards", Map.of("agencyId", UUID.randomUUID().toString()))
        .statusCode(404);
  }

  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  @Test
  void supervisorsReadTheHistoryButChangeNothing() {
    String id = guestReport();
    as("pengawas1").get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items.type", contains("SUBMITTED"));
    for (String step : ADMIN_STEPS) {
      step(as("pengawas1"), id, step, Map.of()).statusCode(403);
    }
  }

  @Test
  void citizensCannotTakeAdminStepsNorReadOthersHistory() {
    String id = guestReport();
    for (String step : ADMIN_STEPS) {
      step(as("warga2"), id, step, Map.of()).statusCode(403);
    }
    as("warga2").get("/api/v1/reports/{id}/events", id).then().statusCode(404);
  }

  @Test
  void unknownReportIs404() {
    step(admin(), UUID.randomUUID().toString(), "verification", Map.of()).statusCode(404);
    admin().get("/api/v1/reports/{id}/events", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void historyPages() {
    String id = guestReport();
    step(admin(), id, "hold", Map.of("message", "Mohon lengkapi.")).statusCode(200);
    step(admin(), id, "verification", Map.of()).statusCode(200);
    String next = admin().queryParam("size", 2).get("/api/v1/reports/{id}/events", id).then().statusCode(200)
        .body("items.seq", contains(1, 2)).extract().path("nextCursor");
    admin().queryParam("size", 2).queryParam("cursor", next).get("/api/v1/reports/{id}/events", id).then()
        .body("items.seq", contains(3)).body("nextCursor", nullValue());
  }
}
