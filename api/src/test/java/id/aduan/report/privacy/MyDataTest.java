package id.aduan.report.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A citizen takes their data away or has it erased; the statistics keep the reports. */
@QuarkusTest
class MyDataTest {
  @Inject
  Pool pool;

  static io.restassured.specification.RequestSpecification api() {
    return given();
  }

  @Test
  @TestSecurity(user = "warga-hapus", roles = "citizen")
  @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "sub", value = "warga-hapus"))
  void exportThenErasureLeavesTheReportsWithoutTheirReporter() {
    String title = "Data pribadi " + System.nanoTime();
    String id = api().contentType(ContentType.JSON).body(Reports.submission(title)).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");

    api().get("/api/v1/me/data").then().statusCode(200)
        .body("subject", equalTo("warga-hapus"))
        .body("reports.title", equalTo(List.of(title)))
        .body("reports[0].id", equalTo(id));

    api().post("/api/v1/me/erasure").then().statusCode(200).body("reports", equalTo(1));
    api().get("/api/v1/me/reports").then().statusCode(200).body("items", empty());
    api().get("/api/v1/me/data").then().body("reports", empty()).body("supports", empty());
    api().get("/api/v1/reports/{id}", id).then().statusCode(404);
    // Erasing again finds nothing more.
    api().post("/api/v1/me/erasure").then().statusCode(200).body("reports", equalTo(0));

    var row = pool.preparedQuery("""
            SELECT r.reporter_subject, r.contact_name, r.title,
                   (SELECT count(*) FROM report_facts f WHERE f.report_id = r.id) AS facts,
                   (SELECT count(*) FROM report_event e WHERE e.report_id = r.id AND e.actor_subject IS NOT NULL) AS named
            FROM report r WHERE r.id = $1""")
        .execute(Tuple.of(java.util.UUID.fromString(id))).await().indefinitely().iterator().next();
    assertThat(row.getString("reporter_subject")).isNull();
    assertThat(row.getString("contact_name")).isNull();
    assertThat(row.getString("title")).isEqualTo(title);
    assertThat(row.getLong("facts")).isEqualTo(1);
    assertThat(row.getLong("named")).isZero();
  }

  @Test
  void onlyACitizenWithATokenReachesTheirData() {
    given().get("/api/v1/me/data").then().statusCode(401);
    given().post("/api/v1/me/erasure").then().statusCode(401);
    for (String official : List.of("petugas1", "admin1")) {
      api().auth().oauth2(Keycloak.token(official)).get("/api/v1/me/data").then().statusCode(403);
      api().auth().oauth2(Keycloak.token(official)).post("/api/v1/me/erasure").then().statusCode(403);
    }
    // Another citizen's export has none of this one's reports.
    String title = "Milik warga1 " + System.nanoTime();
    api().auth().oauth2(Keycloak.token("warga1")).contentType(ContentType.JSON).body(Reports.submission(title))
        .post("/api/v1/reports").then().statusCode(201);
    api().auth().oauth2(Keycloak.token("warga2")).get("/api/v1/me/data").then().statusCode(200)
        .body("reports.findAll { it.title == '" + title + "' }", hasSize(0))
        .body("name", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aGuestErasesTheirContactWithThePinAndKeepsFollowingTheReport() {
    java.util.Map<String, Object> body = new java.util.HashMap<>(Reports.submission());
    body.put("contact", java.util.Map.of("name", "Maria Ndolu", "email", "maria@example.org", "phone", "+6281234567890"));
    var receipt = given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201).extract();
    String id = receipt.path("id");
    String pin = receipt.path("pin");
    String wrong = pin.equals("000000") ? "111111" : "000000";

    api().post("/api/v1/reports/{id}/erasure", id).then().statusCode(401);
    api().header("X-Report-Pin", wrong).post("/api/v1/reports/{id}/erasure", id).then().statusCode(404);
    api().auth().oauth2(Keycloak.token("warga1")).post("/api/v1/reports/{id}/erasure", id).then().statusCode(403);
    api().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then()
        .body("contact.phone", equalTo("+6281234567890"));

    api().header("X-Report-Pin", pin).post("/api/v1/reports/{id}/erasure", id).then().statusCode(200)
        .body("reports", equalTo(1));
    api().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("contact", nullValue());
    api().header("X-Report-Pin", pin).get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("title", equalTo(Reports.DEFAULT_TITLE));
    long notices = pool.preparedQuery("SELECT count(*) FROM outbox WHERE report_id = $1 AND kind <> 'WEBHOOK'"
            + " AND destination IS NOT NULL").execute(Tuple.of(java.util.UUID.fromString(id)))
        .await().indefinitely().iterator().next().getLong(0);
    assertThat(notices).isZero();
  }
}
