package id.aduan.report.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.aduan.testing.Agencies;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What reporters do: reply, answer a question on hold, confirm with a rating, dispute. */
@QuarkusTest
class ReporterActionsTest {
  String agency;

  @BeforeEach
  void agency() {
    agency = Agencies.create("Dinas Pelapor", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", agency, true);
  }

  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  static RequestSpecification withPin(String pin) {
    return given().header("X-Report-Pin", pin);
  }

  static ValidatableResponse step(RequestSpecification who, String id, String step, Object body) {
    return who.contentType(ContentType.JSON).body(body).post("/api/v1/reports/{id}/" + step, id).then();
  }

  /** Takes a report through verification, forwarding, a follow-up and the resolution. */
  void resolve(String id) {
    step(as("admin1"), id, "verification", Map.of()).statusCode(200);
    step(as("admin1"), id, "forwards", Map.of("agencyId", agency)).statusCode(200);
    step(as("petugas1"), id, "follow-ups", Map.of("message", "Ditinjau.")).statusCode(200);
    step(as("petugas1"), id, "resolution", Map.of("resolution", "Sudah diperbaiki.")).statusCode(200);
  }

  static String citizenReport() {
    return as("warga1").contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
  }

  @Test
  void citizenConfirmsWithARating() {
    String id = citizenReport();
    resolve(id);
    step(as("warga1"), id, "confirmation", Map.of("rating", 6)).statusCode(400)
        .body("violations[0].field", equalTo("rating"));
    step(as("warga1"), id, "confirmation", Map.of("rating", 5, "comment", "Terima kasih!")).statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("rating", equalTo(5))
        .body("ratingComment", equalTo("Terima kasih!"));
    step(as("warga1"), id, "confirmation", Map.of("rating", 1)).statusCode(409);
    as("petugas1").get("/api/v1/reports/{id}/events", id).then()
        .body("items[-1].type", equalTo("CONFIRMED"))
        .body("items[-1].details.rating", equalTo(5))
        .body("items[-1].toStatus", equalTo("CLOSED"));
  }

  @Test
  void disputeReopensAndEscalates() {
    String id = citizenReport();
    resolve(id);
    step(as("warga1"), id, "dispute", Map.of("reason", "Masih rusak.")).statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("reopened", equalTo(true))
        .body("escalationLevel", equalTo(1))
        .body("followUpDueAt", notNullValue());
    step(as("petugas1"), id, "resolution", Map.of("resolution", "Diperbaiki ulang.")).statusCode(200);
    step(as("warga1"), id, "confirmation", Map.of("rating", 3)).statusCode(200).body("reopened", equalTo(true));
    step(as("warga1"), id, "dispute", Map.of("reason", "Terlambat")).statusCode(409);
  }

  @Test
  void guestAnswersWithThePin() {
    Response receipt = given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports");
    String id = receipt.path("id");
    String pin = receipt.path("pin");
    resolve(id);
    step(given(), id, "confirmation", Map.of("rating", 4)).statusCode(401);
    step(withPin(pin.equals("000000") ? "000001" : "000000"), id, "confirmation", Map.of("rating", 4)).statusCode(404);
    step(withPin(pin), id, "confirmation", Map.of("rating", 4)).statusCode(200).body("status", equalTo("CLOSED"));
  }

  @Test
  void onlyTheReporterConfirmsOrDisputes() {
    String id = citizenReport();
    resolve(id);
    for (String user : new String[] {"admin1", "petugas1", "pengawas1"}) {
      step(as(user), id, "confirmation", Map.of("rating", 5)).statusCode(403);
      step(as(user), id, "dispute", Map.of("reason", "Bukan saya")).statusCode(403);
    }
    step(as("warga2"), id, "confirmation", Map.of("rating", 5)).statusCode(404);
  }

  @Test
  void reporterAnswerResumesAReportOnHold() {
    Response receipt = given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports");
    String id = receipt.path("id");
    String pin = receipt.path("pin");
    step(as("admin1"), id, "hold", Map.of("message", "Di kelurahan mana?")).statusCode(200);
    withPin(pin).contentType(ContentType.JSON).body(Map.of("body", "Kelurahan Oebobo, dekat pasar."))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201)
        .body("authorRole", equalTo("guest"))
        .body("$", not(org.hamcrest.Matchers.hasKey("authorName")));
    as("admin1").get("/api/v1/reports/{id}", id).then().body("status", equalTo("SUBMITTED"));
    as("admin1").get("/api/v1/reports/{id}/events", id).then()
        .body("items[-1].type", equalTo("MESSAGE_POSTED"))
        .body("items[-1].fromStatus", equalTo("ON_HOLD"))
        .body("items[-1].toStatus", equalTo("SUBMITTED"));
    as("admin1").get("/api/v1/reports/{id}/messages", id).then().statusCode(200)
        .body("items.body", contains("Kelurahan Oebobo, dekat pasar."));
  }

  @Test
  void internalNotesStayWithOfficials() {
    String id = citizenReport();
    step(as("admin1"), id, "verification", Map.of()).statusCode(200);
    step(as("admin1"), id, "forwards", Map.of("agencyId", agency)).statusCode(200);
    as("petugas1").contentType(ContentType.JSON).body(Map.of("body", "Cek ulang anggaran.", "internal", true))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201)
        .body("internal", equalTo(true)).body("authorName", equalTo("Petugas Satu"))
        .body("authorAgencyId", equalTo(agency));
    as("petugas1").contentType(ContentType.JSON).body(Map.of("body", "Kami sedang menindaklanjuti."))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);

    as("warga1").get("/api/v1/reports/{id}/messages", id).then().statusCode(200)
        .body("items.body", contains("Kami sedang menindaklanjuti."));
    as("admin1").get("/api/v1/reports/{id}/messages", id).then()
        .body("items.body", contains("Cek ulang anggaran.", "Kami sedang menindaklanjuti."));
    as("warga1").queryParam("size", 100).get("/api/v1/reports/{id}/events", id).then()
        .body("items.findAll { it.type == 'MESSAGE_POSTED' }.size()", equalTo(1));
    as("admin1").queryParam("size", 100).get("/api/v1/reports/{id}/events", id).then()
        .body("items.findAll { it.type == 'MESSAGE_POSTED' }.size()", equalTo(2));

    as("warga1").contentType(ContentType.JSON).body(Map.of("body", "Boleh?", "internal", true))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(400)
        .body("violations[0].field", equalTo("internal"));
    as("pengawas1").contentType(ContentType.JSON).body(Map.of("body", "Saya mengawasi."))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(403);
    as("warga1").contentType(ContentType.JSON).body(Map.of("body", " "))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(400);
    as("warga2").contentType(ContentType.JSON).body(Map.of("body", "Halo"))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(404);
    as("warga2").get("/api/v1/reports/{id}/messages", id).then().statusCode(404);
  }

  @Test
  void closedReportsTakeNoMoreMessagesFromReporters() {
    String id = citizenReport();
    resolve(id);
    step(as("warga1"), id, "confirmation", Map.of("rating", 4)).statusCode(200);
    as("warga1").contentType(ContentType.JSON).body(Map.of("body", "Satu lagi"))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(409);
    as("admin1").contentType(ContentType.JSON).body(Map.of("body", "Catatan penutupan", "internal", true))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);
    as("admin1").get("/api/v1/reports/{id}/messages", id).then().body("items.body", hasItem("Catatan penutupan"));
  }
}
