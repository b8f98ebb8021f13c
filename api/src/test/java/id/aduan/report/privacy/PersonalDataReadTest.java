package id.aduan.report.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Officials shown a reporter's contact are on record; the reporter and hidden contacts are not. */
@QuarkusTest
class PersonalDataReadTest {
  static final String READS = "/api/v1/admin/personal-data-reads";

  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  static Response guestReport(boolean anonymous) {
    Map<String, Object> body = new HashMap<>(Reports.submission());
    body.put("contact", Map.of("name", "Maria Ndolu", "email", "maria@example.org", "phone", "+6281234567890"));
    body.put("anonymous", anonymous);
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
  }

  static List<Map<String, Object>> readsOf(String reportId) {
    return as("admin1").queryParam("reportId", reportId).get(READS).then().statusCode(200).extract().path("items");
  }

  @Test
  void officialsShownTheContactAreRecordedNewestFirst() {
    Response receipt = guestReport(false);
    String id = receipt.path("id");
    // The reporter reading their own report is not an official's read.
    given().header("X-Report-Pin", receipt.<String>path("pin")).get("/api/v1/reports/{id}", id).then().statusCode(200);
    assertThat(readsOf(id)).isEmpty();

    as("admin1").get("/api/v1/reports/{id}", id).then().statusCode(200).body("contact.phone", equalTo("+6281234567890"));
    as("pengawas1").get("/api/v1/reports/{id}", id).then().statusCode(200).body("contact.name", equalTo("Maria Ndolu"));
    as("admin1").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/reports/{id}/verification", id)
        .then().statusCode(200);

    as("admin1").queryParam("reportId", id).get(READS).then().statusCode(200)
        .body("items", hasSize(3))
        .body("items.via", equalTo(List.of("verified", "detail", "detail")))
        .body("items.readerRole", equalTo(List.of("ADMIN", "SUPERVISOR", "ADMIN")))
        .body("items[0].readerSubject", notNullValue())
        .body("items[0].reportId", equalTo(id));
    String supervisor = as("admin1").queryParam("reportId", id).get(READS).path("items[1].readerSubject");
    as("admin1").queryParam("reportId", id).queryParam("reader", supervisor).get(READS).then()
        .body("items", hasSize(1)).body("items[0].readerRole", equalTo("SUPERVISOR"));
    // Keyset pages: two, then the last one.
    String next = as("admin1").queryParam("reportId", id).queryParam("size", 2).get(READS).then()
        .body("items", hasSize(2)).extract().path("nextCursor");
    as("admin1").queryParam("reportId", id).queryParam("size", 2).queryParam("cursor", next).get(READS).then()
        .body("items", hasSize(1)).body("items[0].via", equalTo("detail")).body("nextCursor", equalTo(null));
  }

  @Test
  void aContactHiddenFromTheReaderIsNotARead() {
    String id = guestReport(true).path("id");
    as("pengawas1").get("/api/v1/reports/{id}", id).then().statusCode(200).body("contact", equalTo(null));
    assertThat(readsOf(id)).isEmpty();
  }

  @Test
  void onlyAdminsReadTheLog() {
    given().get(READS).then().statusCode(401);
    for (String user : List.of("petugas1", "pengawas1", "warga1")) {
      as(user).get(READS).then().statusCode(403);
    }
    as("admin1").queryParam("reportId", "not-an-id").get(READS).then().statusCode(400)
        .body("violations[0].field", equalTo("reportId"));
  }
}
