package id.aduan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors speak the caller's language: Indonesian when Accept-Language prefers it, English otherwise. */
@QuarkusTest
class ProblemLanguageTest {
  static final Map<String, Object> BAD = Map.of("type", "COMPLAINT", "title", "", "description", "Terlalu pendek? Tidak.",
      "contact", Map.of("email", "bukan-email"));

  @Test
  void fieldErrorsInIndonesianForTheSpa() {
    given().header("Accept-Language", "id-ID,id;q=0.9,en;q=0.8").contentType(ContentType.JSON)
        .body(BAD).post("/api/v1/reports").then().statusCode(400)
        .header("Content-Language", "id")
        .header("Vary", containsString("Accept-Language"))
        .body("title", equalTo("Permintaan tidak valid"))
        .body("detail", equalTo("2 isian tidak valid."))
        .body("violations.find { it.field == 'title' }.message", equalTo("wajib diisi"))
        .body("violations.find { it.field == 'contact.email' }.message",
            equalTo("harus alamat email seperti nama@contoh.id"));
  }

  @Test
  void englishWhenNotAsked() {
    given().contentType(ContentType.JSON).body(BAD).post("/api/v1/reports").then()
        .statusCode(400)
        .header("Content-Language", nullValue())
        .body("violations.message", hasItem("is required"));
    given().header("Accept-Language", "en-GB,en;q=0.9,id;q=0.5")
        .get("/api/v1/reports/track/TIDAKADA").then().statusCode(404)
        .body("detail", equalTo("No report has this tracking code."));
  }

  /** A constraint's own numbers ({min}, {max} of @Size) fill the text in either language. */
  @Test
  void constraintLimitsInBothLanguages() {
    Map<String, Object> shortTitle = Map.of("type", "COMPLAINT", "title", "Abc",
        "description", "Lampu jalan mati sejak kemarin malam.");
    given().contentType(ContentType.JSON).body(shortTitle).post("/api/v1/reports").then()
        .statusCode(400)
        .body("detail", equalTo("title must be 5 to 150 characters long."))
        .body("violations[0].message", equalTo("must be 5 to 150 characters long"));
    given().header("Accept-Language", "id").contentType(ContentType.JSON).body(shortTitle)
        .post("/api/v1/reports").then().statusCode(400)
        .header("Content-Language", "id")
        .body("detail", equalTo("title harus 5 sampai 150 karakter."))
        .body("violations[0].message", equalTo("harus 5 sampai 150 karakter"));
  }

  @Test
  void detailsAndEarlyRefusalsToo() {
    given().header("Accept-Language", "id").get("/api/v1/reports/track/TIDAKADA").then()
        .statusCode(404).body("title", equalTo("Tidak ditemukan"))
        .body("detail", equalTo("Tidak ada laporan dengan kode pelacakan ini."));
    given().header("Accept-Language", "id").queryParam("size", 1000).get("/api/v1/reports/public").then()
        .statusCode(400).body("violations[0].message", equalTo("harus bilangan bulat 1 sampai 100"));
    // Refused by the body limit before any resource runs.
    given().header("Accept-Language", "id").contentType(ContentType.JSON).body("x".repeat(2_000_000))
        .post("/api/v1/reports").then().statusCode(413)
        .body("detail", containsString("Isi permintaan lebih besar dari"));
  }
}
