package id.aduan.report;

import id.aduan.report.transparency.PublicFeedTest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.aduan.testing.Contract;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The report endpoints over HTTP against the real database; callers from {@code @TestSecurity}. */
@QuarkusTest
class ReportResourceTest {
  static final String CODE = "^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$";

  static RequestSpecification api() {
    return given();
  }

  static Response submit(Map<String, Object> body) {
    return api().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
  }

  /**
   * Submissions as a citizen use a real token: the endpoint is open to guests, and
   * {@code @TestSecurity} identities do not reach its lazy authentication.
   */
  static Response submitAs(String user, Map<String, Object> body) {
    return api().auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON).body(body).post("/api/v1/reports");
  }

  @Nested
  class Submission {
    @Test
    void guestGetsTrackingCodeAndOneTimePin() {
      Map<String, Object> body = Reports.submission();
      body.put("contact", Map.of("name", "Maria Ndolu", "email", "maria@example.org", "phone", "+6281234567890"));
      Response r = submit(body);
      r.then().statusCode(201)
          .contentType(ContentType.JSON)
          .body("status", equalTo("SUBMITTED"))
          .body("type", equalTo("COMPLAINT"))
          .body("title", equalTo(Reports.DEFAULT_TITLE))
          .body("trackingCode", matchesPattern(CODE))
          .body("pin", matchesPattern("^[0-9]{6}$"));
      String id = r.path("id");
      assertThat(r.header("Location")).endsWith("/api/v1/reports/" + id);
    }

    @Test
    void citizenGetsNoPin() {
      submitAs("warga1", Reports.submission()).then().statusCode(201)
          .body("trackingCode", matchesPattern(CODE))
          .body("$", not(hasKey("pin")));
    }

    @Test
    void citizenMayNotSendContactDetails() {
      Map<String, Object> body = Reports.submission();
      body.put("contact", Map.of("email", "someone.else@example.org"));
      submitAs("warga1", body).then().statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", contains("contact"));
    }

    @Test
    void officerMayNotSubmitAsCitizen() {
      submitAs("petugas1", Reports.submission()).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void eachTrackingCodeIsDifferent() {
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        codes.add(submit(Reports.submission()).then().statusCode(201).extract().path("trackingCode"));
      }
      assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void listsEveryInvalidField() {
      Map<String, Object> body = Map.of("type", "COMPLAINT", "title", "Hi", "description", " ",
          "contact", Map.of("email", "not-an-email", "phone", "call me"));
      submit(body).then().statusCode(400)
          .contentType("application/problem+json")
          .body("status", equalTo(400))
          .body("violations.field", containsInAnyOrder("title", "description", "contact.email", "contact.phone"))
          .body("detail", equalTo("4 fields are invalid."));
    }

    @Test
    void theNulCharacterIsRefusedInABodyAndInAQuery() {
      Map<String, Object> body = new java.util.HashMap<>(Reports.submission());
      body.put("description", "Lubang besar\u0000 di jalan");
      submit(body).then().statusCode(400)
          .body("violations[0].field", equalTo("description"))
          .body("violations[0].message", equalTo("must not contain the NUL character"));
      api().urlEncodingEnabled(false).get("/api/v1/reports/public?q=jalan%00rusak").then().statusCode(400)
          .contentType("application/problem+json");
    }

    @Test
    void missingFieldsAreNamed() {
      submit(Map.of()).then().statusCode(400)
          .body("violations.field", containsInAnyOrder("type", "title", "description"))
          .body("violations.message", contains("is required", "is required", "is required"));
    }

    @Test
    void unknownTypeNamesTheAllowedOnes() {
      Map<String, Object> body = Reports.submission();
      body.put("type", "RUMOUR");
      submit(body).then().statusCode(400)
          .body("violations[0].field", equalTo("type"))
          .body("violations[0].message", equalTo("must be one of COMPLAINT, ASPIRATION, INFORMATION_REQUEST"));
    }

    @Test
    void statusCannotBeSetByTheClient() {
      Map<String, Object> body = Reports.submission();
      body.put("status", "RESOLVED");
      submit(body).then().statusCode(400)
          .body("violations[0].field", equalTo("status"))
          .body("violations[0].message", equalTo("is not a field of this request"));
    }

    @Test
    void malformedJsonIsExplained() {
      api().contentType(ContentType.JSON).body("{\"type\": ").post("/api/v1/reports")
          .then().statusCode(400)
          .contentType("application/problem+json")
          .body("detail", equalTo("The request body is not valid JSON."));
    }

    @Test
    void emptyBodyIsRefused() {
      api().contentType(ContentType.JSON).post("/api/v1/reports")
          .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void otherMediaTypesAreRefused() {
      api().contentType(ContentType.TEXT).body("hello").post("/api/v1/reports")
          .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void oversizedBodyIsRefused() {
      Map<String, Object> body = Reports.submission();
      body.put("description", "x".repeat(2 * 1024 * 1024));
      // No contract filter: it would report the oversized request itself.
      given().contentType(ContentType.JSON).body(body).post("/api/v1/reports")
          .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aChunkedBodyIsHeldToTheSameLimitAndASmallOneIsRead() throws Exception {
      var http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
      java.net.URI reports = java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/reports");
      // ofInputStream has no length: the request goes out chunked, without Content-Length.
      byte[] big = ("{\"type\":\"COMPLAINT\",\"title\":\"Besar\",\"description\":\"" + "x".repeat(2 * 1024 * 1024)
          + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      var refused = http.send(java.net.http.HttpRequest.newBuilder(reports).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(413);
      org.assertj.core.api.Assertions.assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
      String title = Reports.uniqueTitle("Laporan terpotong-potong");
      byte[] small = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(Reports.submission(title));
      var read = http.send(java.net.http.HttpRequest.newBuilder(reports).header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(small)))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      org.assertj.core.api.Assertions.assertThat(read.statusCode()).as(read.body()).isEqualTo(201);
      org.assertj.core.api.Assertions.assertThat(read.body()).contains(title);
    }

    @Test
    void wrongMethodIsRefused() {
      // Methods the contract does not have for these paths, sent to see them refused.
      Filter offContract = Contract.skip("a method the contract does not have for the path, on purpose");
      api().filter(offContract).delete("/api/v1/reports").then().statusCode(405).contentType("application/problem+json")
          .header("Allow", "POST");
      api().filter(offContract)
          .put("/api/v1/reports/{id}/attachments/{a}", java.util.UUID.randomUUID(), java.util.UUID.randomUUID())
          .then().statusCode(405).header("Allow", "GET");
      given().filter(offContract).options("/api/v1/holidays").then().statusCode(204)
          .header("Allow", "GET, POST, HEAD, OPTIONS");
    }

    @Test
    void errorsNeverExposeJavaDetails() {
      String body = api().contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/reports")
          .then().statusCode(400).extract().asString();
      assertThat(body).doesNotContain("java.", "jackson", "Exception", "id.aduan");
    }
  }

  @Nested
  class Tracking {
    @Test
    void anyoneCanTrackByCodeWithoutPersonalData() {
      Map<String, Object> body = Reports.submission("Sampah menumpuk di Pasar Oeba");
      body.put("contact", Map.of("name", "Yohanes", "email", "yohanes@example.org"));
      var receipt = submit(body).then().statusCode(201).extract();
      String code = receipt.path("trackingCode");

      // Not public before it is verified: its status only, never its title.
      api().get("/api/v1/reports/track/{code}", code).then().statusCode(200)
          .body("trackingCode", equalTo(code))
          .body("status", equalTo("SUBMITTED"))
          .body("createdAt", notNullValue())
          .body("$", not(hasKey("title")))
          .body("$", not(hasKey("contact")))
          .body("$", not(hasKey("id")))
          .body("$", not(hasKey("description")));
      PublicFeedTest.verify(receipt.path("id"), false);
      api().get("/api/v1/reports/track/{code}", code).then().statusCode(200)
          .body("status", equalTo("VERIFIED"))
          .body("title", equalTo("Sampah menumpuk di Pasar Oeba"))
          .body("$", not(hasKey("contact")));
    }

    @Test
    void codeIsFoundAsTypedByAPerson() {
      String code = submit(Reports.submission()).then().statusCode(201).extract().path("trackingCode");
      String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();
      api().get("/api/v1/reports/track/{code}", typed).then().statusCode(200).body("trackingCode", equalTo(code));
    }

    @Test
    void unknownCodeIs404() {
      api().get("/api/v1/reports/track/ZZZZZZZZ").then().statusCode(404)
          .contentType("application/problem+json")
          .body("detail", equalTo("No report has this tracking code."));
    }

    @Test
    void malformedCodeIs404() {
      api().get("/api/v1/reports/track/0OIL1").then().statusCode(404);
    }
  }

  @Nested
  class Reading {
    @Test
    void guestNeedsTokenOrPin() {
      api().get("/api/v1/reports/{id}", UUID.randomUUID()).then().statusCode(401)
          .contentType("application/problem+json")
          .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void ownerSeesTheFullReport() {
      String id = submitAs("warga2", Reports.submission()).then().statusCode(201).extract().path("id");
      api().auth().oauth2(Keycloak.token("warga2")).get("/api/v1/reports/{id}", id).then().statusCode(200)
          .body("id", equalTo(id))
          .body("description", equalTo(Reports.DEFAULT_DESCRIPTION))
          .body("channel", equalTo("WEB"));
    }

    @Test
    void anotherCitizensReportIs404() {
      String guestReport = submit(Reports.submission()).then().statusCode(201).extract().path("id");
      api().auth().oauth2(Keycloak.token("warga2")).get("/api/v1/reports/{id}", guestReport).then().statusCode(404);
    }

    @Test
    void officerSeesNothingNotForwardedToTheAgency() {
      String id = submit(Reports.submission()).then().statusCode(201).extract().path("id");
      api().auth().oauth2(Keycloak.token("petugas2")).get("/api/v1/reports/{id}", id).then().statusCode(404);
    }

    @Test
    void adminSeesGuestContact() {
      Map<String, Object> body = Reports.submission();
      body.put("contact", Map.of("name", "Maria", "phone", "+62 812 3456 7890"));
      String id = submit(body).then().statusCode(201).extract().path("id");
      api().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
          .body("contact.name", equalTo("Maria"))
          .body("contact.phone", equalTo("+62 812 3456 7890"));
    }

    @Test
    void phoneIsMaskedOutsideTheAdminScope() {
      Map<String, Object> body = Reports.submission();
      body.put("contact", Map.of("name", "Maria", "phone", "+62 812 3456 7890"));
      String id = submit(body).then().statusCode(201).extract().path("id");
      api().auth().oauth2(Keycloak.token("pengawas1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
          .body("contact.name", equalTo("Maria"))
          .body("contact.phone", equalTo("+6281******890"));
    }

    @Test
    void supervisorReadsAnyReport() {
      String id = submit(Reports.submission()).then().statusCode(201).extract().path("id");
      api().auth().oauth2(Keycloak.token("pengawas1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
          .body("id", equalTo(id));
    }

    @Test
    void guestOpensOwnReportWithCodeAndPin() {
      Map<String, Object> body = Reports.submission();
      body.put("contact", Map.of("email", "tamu@example.org"));
      Response receipt = submit(body);
      String id = receipt.path("id");
      String code = receipt.path("trackingCode");
      String pin = receipt.path("pin");
      String wrongPin = pin.equals("000000") ? "000001" : "000000";

      api().contentType(ContentType.JSON).body(Map.of("pin", pin)).post("/api/v1/reports/track/{c}/access", code)
          .then().statusCode(200).body("id", equalTo(id)).body("contact.email", equalTo("tamu@example.org"));
      api().contentType(ContentType.JSON).body(Map.of("pin", wrongPin))
          .post("/api/v1/reports/track/{c}/access", code).then().statusCode(404);
      api().contentType(ContentType.JSON).body(Map.of("pin", "12ab")).post("/api/v1/reports/track/{c}/access", code)
          .then().statusCode(400).body("violations[0].field", equalTo("pin"));

      api().header("X-Report-Pin", pin).get("/api/v1/reports/{id}", id).then().statusCode(200);
      api().header("X-Report-Pin", wrongPin).get("/api/v1/reports/{id}", id).then().statusCode(404);
      api().header("X-Report-Pin", pin).get("/api/v1/reports/{id}/events", id).then().statusCode(200)
          .body("items.type", contains("SUBMITTED"));
    }

    @Test
    void pinOfOneReportDoesNotOpenAnother() {
      String pin = submit(Reports.submission()).then().statusCode(201).extract().path("pin");
      String other = submit(Reports.submission()).then().statusCode(201).extract().path("id");
      api().header("X-Report-Pin", pin).get("/api/v1/reports/{id}", other).then().statusCode(404);
      String citizens = submitAs("warga1", Reports.submission()).then().statusCode(201).extract().path("id");
      api().header("X-Report-Pin", pin).get("/api/v1/reports/{id}", citizens).then().statusCode(404);
    }

    @Test
    void malformedIdNamesTheField() {
      api().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/not-a-uuid").then().statusCode(400)
          .body("violations[0].field", equalTo("id"));
    }

    @Test
    void unknownIdIs404() {
      api().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", UUID.randomUUID()).then()
          .statusCode(404);
    }
  }

  @Nested
  class MyReports {
    @Test
    void needsToken() {
      api().get("/api/v1/me/reports").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer-a", roles = "officer")
    void onlyCitizensHaveReports() {
      api().get("/api/v1/me/reports").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void pagesThroughOwnReportsNewestFirst() {
      String token = Keycloak.token("warga1");
      List<String> submitted = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        submitted.add(0, submitAs("warga1", Reports.submission("Laporan nomor " + i)).then().statusCode(201)
            .extract().path("id"));
      }
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        var spec = api().auth().oauth2(token).queryParam("size", 2);
        if (cursor != null) {
          spec.queryParam("cursor", cursor);
        }
        Response page = spec.get("/api/v1/me/reports");
        page.then().statusCode(200).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2));
        seen.addAll(page.path("items.id"));
        cursor = page.path("nextCursor");
        pages++;
      } while (cursor != null && pages < 500);
      // Other tests add reports of warga1 too: the newest five are ours, then older ones follow.
      assertThat(seen.subList(0, 5)).containsExactlyElementsOf(submitted);
      assertThat(seen).doesNotHaveDuplicates();
      assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    @TestSecurity(user = "citizen-without-reports", roles = "citizen")
    void emptyListHasNoCursor() {
      api().get("/api/v1/me/reports").then().statusCode(200)
          .body("items", org.hamcrest.Matchers.empty())
          .body("nextCursor", nullValue());
    }

    @Test
    void seesOnlyOwnReports() {
      String mine = submitAs("warga2", Reports.submission("Laporan milik warga dua")).then().statusCode(201)
          .extract().path("id");
      submitAs("warga1", Reports.submission("Laporan milik warga satu")).then().statusCode(201);
      String guest = submit(Reports.submission("Laporan tamu")).then().statusCode(201).extract().path("id");
      List<String> ids = api().auth().oauth2(Keycloak.token("warga2")).queryParam("size", 100)
          .get("/api/v1/me/reports").then().statusCode(200).extract().path("items.id");
      assertThat(ids).contains(mine).doesNotContain(guest);
      List<String> titles = api().auth().oauth2(Keycloak.token("warga2")).queryParam("size", 100)
          .get("/api/v1/me/reports").then().extract().path("items.title");
      assertThat(titles).doesNotContain("Laporan milik warga satu");
    }

    @Test
    @TestSecurity(user = "citizen-a", roles = "citizen")
    void badPagingParametersAreNamed() {
      api().queryParam("size", "1000").get("/api/v1/me/reports").then().statusCode(400)
          .body("violations[0].field", equalTo("size"));
      api().queryParam("size", "abc").get("/api/v1/me/reports").then().statusCode(400)
          .body("violations[0].field", equalTo("size"));
      api().queryParam("cursor", "garbage!").get("/api/v1/me/reports").then().statusCode(400)
          .body("violations[0].field", equalTo("cursor"))
          .body("detail", not(emptyOrNullString()));
    }
  }

  @Test
  void unknownPathIsProblem() {
    given().filter(Contract.skip("a path the contract does not have, on purpose"))
        .get("/api/v1/nothing-here").then().statusCode(404)
        .contentType("application/problem+json")
        .body("instance", endsWith("/api/v1/nothing-here"));
  }
}
