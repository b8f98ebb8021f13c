package id.aduan.report.search;

import id.aduan.report.transparency.PublicFeedTest;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Duplicate suggestions: public reports only, the same words first in the same place, then the newest. */
@QuarkusTest
class SimilarReportTest {
  // A point of its own for each run: the reports of earlier runs stay in the database.
  static final double LAT = -10.1772 - Math.random() * 0.5;
  static final double LNG = 123.6070 + Math.random() * 0.5;

  static String submit(String title, Map<String, Object> location) {
    return PublicFeedTest.submit(title, "Lampu penerangan jalan padam sejak minggu lalu, gang gelap.", location, null);
  }

  static List<String> similar(Map<String, Object> query) {
    return given().queryParams(query).get("/api/v1/reports/similar").then()
        .statusCode(200).extract().jsonPath().getList("items.id", String.class);
  }

  @Test
  void nearbyReportsComeFirstThenTheNewest() {
    String word = "Tiang" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    // A kelurahan of this run only: an earlier run's reports there would come first.
    String kelurahan = "98." + System.nanoTime() % 100_000_000L + ".1001";
    String title = "Lampu " + word + " mati di gang";
    String inKelurahan = submit(title, Map.of("kelurahanCode", kelurahan));
    String far = submit(title, Map.of("kelurahanCode", "98.99.09.1009", "latitude", LAT + 0.05, "longitude", LNG));
    String near = submit(title, Map.of("kelurahanCode", "98.99.09.1009", "latitude", LAT + 0.002,
        "longitude", LNG));
    String confidential = submit(title, Map.of("kelurahanCode", kelurahan, "latitude", LAT, "longitude", LNG));
    String unverified = submit(title, Map.of("kelurahanCode", kelurahan, "latitude", LAT, "longitude", LNG));
    PublicFeedTest.verify(inKelurahan, false);
    PublicFeedTest.verify(far, false);
    PublicFeedTest.verify(near, false);
    PublicFeedTest.verify(confidential, true);

    // Within 500 m of the point or in the kelurahan: first, newest first; then the others.
    // (Other reports share some words, or have a title like the word: they follow.)
    assertThat(similar(Map.of("q", title, "kelurahanCode", kelurahan, "lat", LAT, "lng", LNG)))
        .startsWith(near, inKelurahan, far);
    assertThat(similar(Map.of("q", word, "kelurahanCode", kelurahan))).startsWith(inKelurahan, near, far);
    assertThat(similar(Map.of("q", word))).startsWith(near, far, inKelurahan);
    assertThat(similar(Map.of("q", word, "size", 1))).containsExactly(near);
    assertThat(similar(Map.of("q", word, "lat", LAT, "lng", LNG))).doesNotContain(confidential, unverified);

    // Public views only: no reporter, no contact.
    given().queryParam("q", word).get("/api/v1/reports/similar").then()
        .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("contact")))
        .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("reporterSubject")));
  }

  @Test
  void inputWithoutAWordSuggestsNothing() {
    given().queryParam("q", "-- ! ?").get("/api/v1/reports/similar").then()
        .statusCode(200).body("items.size()", equalTo(0));
  }

  @Test
  void badInputIsNamed() {
    Map<Map<String, Object>, String> cases = Map.of(
        Map.of(), "q",
        Map.of("q", "x".repeat(201)), "q",
        Map.of("q", "lampu\u0000mati"), "q",
        Map.of("q", "lampu", "lat", LAT), "lng",
        Map.of("q", "lampu", "lng", LNG), "lat",
        Map.of("q", "lampu", "lat", "utara", "lng", LNG), "lat",
        Map.of("q", "lampu", "lat", LAT, "lng", 181), "lng",
        Map.of("q", "lampu", "size", 0), "size",
        Map.of("q", "lampu", "size", 21), "size",
        Map.of("q", "lampu", "kelurahanCode", "5".repeat(21)), "kelurahanCode");
    cases.forEach((query, field) -> given().queryParams(query)
        .get("/api/v1/reports/similar").then().statusCode(400).contentType("application/problem+json")
        .body("violations[0].field", equalTo(field)));
  }
}
