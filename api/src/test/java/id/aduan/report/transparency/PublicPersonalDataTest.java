package id.aduan.report.transparency;

import id.aduan.report.lifecycle.OfficerLifecycleTest;
import id.aduan.report.PublicTextBackfill;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.aduan.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A report full of personal data, once verified, shows none of it on any public surface (feed,
 * tracking, Open311 in JSON and XML, search) and all of it to officials (issue 21).
 */
@QuarkusTest
class PublicPersonalDataTest {
  static final String NIK = "5371014501900003";
  static final String PHONE = "081234567890";
  static final String EMAIL = "budi.santoso@gmail.com";
  static final List<String> SECRETS = List.of(NIK, PHONE, EMAIL, "0812", "budi.santoso");

  @Inject
  Pool pool;

  @Inject
  PublicTextBackfill backfill;

  /** A citizen's report with a NIK, a phone number and an e-mail in every text, verified by an admin. */
  static String[] verifiedReport(String word) {
    Map<String, Object> body = Map.of("type", "COMPLAINT",
        "title", "Jalan rusak " + word + ", hubungi " + PHONE,
        "description", "NIK saya " + NIK + ", hubungi " + PHONE + " atau " + EMAIL + ". Jalan " + word
            + " berlubang sejak bulan lalu dan membahayakan pengendara.",
        "location", Map.of("address", "Jl. Timor Raya No. 12, telepon " + PHONE));
    String id = given().auth().oauth2(Keycloak.token("warga1")).contentType(ContentType.JSON).body(body)
        .post("/api/v1/reports").then().statusCode(201).extract().path("id");
    OfficerLifecycleTest.step("admin1", id, "verification", Map.of()).statusCode(200);
    String code = OfficerLifecycleTest.read("admin1", id).extract().path("trackingCode");
    return new String[] {id, code};
  }

  static void showsNone(String body) {
    for (String secret : SECRETS) {
      assertThat(body).doesNotContain(secret);
    }
  }

  @Test
  void thePublicFeedAndTrackingShowTheMaskedTexts() {
    String word = "masked" + UUID.randomUUID().toString().substring(0, 6);
    String[] report = verifiedReport(word);
    String feed = given().queryParam("q", word).get("/api/v1/reports/public").then()
        .statusCode(200)
        .body("items[0].id", equalTo(report[0]))
        .body("items[0].title", equalTo("Jalan rusak " + word + ", hubungi [nomor telepon disembunyikan]"))
        .body("items[0].description", containsString("NIK saya [NIK disembunyikan], hubungi"
            + " [nomor telepon disembunyikan] atau [email disembunyikan]."))
        .body("items[0].location.address", equalTo("Jl. Timor Raya No. 12, telepon [nomor telepon disembunyikan]"))
        .extract().asString();
    showsNone(feed);
    String tracked = given().get("/api/v1/reports/track/{code}", report[1]).then()
        .statusCode(200).body("title", containsString("[nomor telepon disembunyikan]")).extract().asString();
    showsNone(tracked);
  }

  @Test
  void open311ShowsTheMaskedTextsInJsonAndXml() {
    String[] report = verifiedReport("oebobo");
    String json = given().queryParam("service_request_id", report[1]).get("/open311/v2/requests.json").then()
        .statusCode(200).body("[0].description", containsString("[NIK disembunyikan]"))
        .body("[0].address", containsString("[nomor telepon disembunyikan]")).extract().asString();
    showsNone(json);
    String xml = given().queryParam("service_request_id", report[1]).get("/open311/v2/requests.xml").then()
        .statusCode(200).body(containsString("[NIK disembunyikan]")).extract().asString();
    showsNone(xml);
  }

  @Test
  void searchingALeakedNikOrPhoneFindsNothing() {
    String word = "cari" + UUID.randomUUID().toString().substring(0, 6);
    String id = verifiedReport(word)[0];
    given().queryParam("q", word).get("/api/v1/reports/public").then().statusCode(200)
        .body("items.id", org.hamcrest.Matchers.hasItem(id));
    for (String secret : List.of(NIK, PHONE, EMAIL)) {
      given().queryParam("q", secret).get("/api/v1/reports/public").then().statusCode(200)
          .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
    }
  }

  @Test
  void officialsAndTheReporterReadTheOriginals() {
    String id = verifiedReport("asli")[0];
    for (String user : List.of("admin1", "warga1")) {
      OfficerLifecycleTest.read(user, id).statusCode(200)
          .body("title", containsString(PHONE))
          .body("description", containsString(NIK))
          .body("description", containsString(EMAIL))
          // What the public does not see, for them to see it marked.
          .body("personalData.findAll { it.field == 'description' }.kind",
              org.hamcrest.Matchers.contains("NIK", "PHONE", "EMAIL"))
          .body("personalData.find { it.field == 'description' && it.kind == 'NIK' }.start", equalTo(9))
          .body("personalData.find { it.field == 'description' && it.kind == 'NIK' }.end", equalTo(25))
          .body("personalData.find { it.field == 'title' }.kind", equalTo("PHONE"))
          .body("personalData.find { it.field == 'address' }.kind", equalTo("PHONE"));
    }
  }

  @Test
  void reportsWrittenBeforePublicCopiesAreMaskedByTheBackfill() {
    String word = "lama" + UUID.randomUUID().toString().substring(0, 6);
    String[] report = verifiedReport(word);
    UUID id = UUID.fromString(report[0]);
    pool.preparedQuery("UPDATE report SET public_title = NULL, public_description = NULL, public_address = NULL"
        + " WHERE id = $1").execute(Tuple.of(id)).await().indefinitely();
    // Before the backfill: nothing is searchable and the views mask on the fly.
    given().queryParam("q", word).get("/api/v1/reports/public").then().statusCode(200)
        .body("items.id", not(org.hamcrest.Matchers.hasItem(report[0])));
    showsNone(given().get("/api/v1/reports/track/{code}", report[1]).then().statusCode(200).extract().asString());

    assertThat(backfill.run().await().indefinitely()).isGreaterThanOrEqualTo(1);

    var row = pool.preparedQuery("SELECT public_title, public_description, public_address FROM report WHERE id = $1")
        .execute(Tuple.of(id)).await().indefinitely().iterator().next();
    assertThat(row.getString("public_description")).contains("[NIK disembunyikan]").doesNotContain(NIK);
    assertThat(row.getString("public_address")).contains("[nomor telepon disembunyikan]");
    showsNone(given().queryParam("q", word).get("/api/v1/reports/public").then().statusCode(200)
        .body("items[0].id", equalTo(report[0])).extract().asString());
  }
}
