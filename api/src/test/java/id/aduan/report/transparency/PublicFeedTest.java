package id.aduan.report.transparency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.aduan.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public feed: what is public, Indonesian search, filters, paging, and support. */
@QuarkusTest
public class PublicFeedTest {

  public static String submit(String title, String description, Map<String, Object> location, String user) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "COMPLAINT", "title", title,
        "description", description));
    if (location != null) {
      body.put("location", location);
    }
    var spec = given().contentType(ContentType.JSON).body(body);
    if (user != null) {
      spec.auth().oauth2(Keycloak.token(user));
    }
    return spec.post("/api/v1/reports").then().statusCode(201).extract().path("id");
  }

  public static void verify(String id, boolean confidential) {
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("confidential", confidential)).post("/api/v1/reports/{id}/verification", id)
        .then().statusCode(200);
  }

  static List<Map<String, Object>> feed(Map<String, Object> query) {
    List<Map<String, Object>> items = new ArrayList<>();
    String cursor = null;
    for (int i = 0; i < 50; i++) {
      var spec = given().queryParams(query).queryParam("size", 100);
      if (cursor != null) {
        spec.queryParam("cursor", cursor);
      }
      Response page = spec.get("/api/v1/reports/public");
      page.then().statusCode(200);
      items.addAll(page.jsonPath().getList("items"));
      cursor = page.path("nextCursor");
      if (cursor == null) {
        break;
      }
    }
    return items;
  }

  static List<Object> ids(List<Map<String, Object>> items) {
    return items.stream().map(i -> i.get("id")).toList();
  }

  @Test
  void onlyVerifiedNonConfidentialReportsArePublic() {
    String open = submit("Jembatan kayu lapuk di Alak", "Papan jembatan kayu sudah lapuk dan berlubang.", null, "warga1");
    String secret = submit("Pungutan liar di kantor kelurahan", "Petugas meminta uang untuk surat pengantar.", null, null);
    String fresh = submit("Lampu lalu lintas mati", "Lampu lalu lintas di perempatan El Tari mati total.", null, null);
    verify(open, false);
    verify(secret, true);
    List<Map<String, Object>> all = feed(Map.of());
    assertThat(ids(all)).contains(open).doesNotContain(secret, fresh);
    Map<String, Object> item = all.stream().filter(i -> open.equals(i.get("id"))).findFirst().orElseThrow();
    assertThat(item).doesNotContainKeys("contact", "reporterSubject", "anonymous");
    given().get("/api/v1/reports/public").then().body("items[0]", not(hasKey("contact")));

    // Confidential: not even its status by tracking code, nor support.
    String code = given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", secret).then()
        .extract().path("trackingCode");
    given().get("/api/v1/reports/track/{c}", code).then().statusCode(404);
    given().auth().oauth2(Keycloak.token("warga2")).post("/api/v1/reports/{id}/supports", secret).then()
        .statusCode(404);
  }

  @Test
  void theReportersPrivacyChoiceHoldsUnlessAnAdminChangesIt() {
    // A word of letters: a long number in a title may be masked as personal data, and then not found.
    String title = "Genangan air pasar Oeba " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    String kept = submitPrivately(title);
    String changed = submitPrivately(title);
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", kept).then()
        .statusCode(200).body("anonymous", equalTo(true)).body("confidential", equalTo(true))
        .body("contact.name", equalTo("Warga Satu"));
    // Verified without touching the flags: kept out of the feed. The other one the admin made public.
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON).body(Map.of())
        .post("/api/v1/reports/{id}/verification", kept).then().statusCode(200).body("confidential", equalTo(true));
    verify(changed, false);
    assertThat(feed(Map.of("q", title))).extracting(r -> r.get("id")).contains(changed).doesNotContain(kept);
  }

  static String submitPrivately(String title) {
    Map<String, Object> body = Map.of("type", "COMPLAINT", "title", title,
        "description", "Air menggenang di los ikan setiap hujan.", "anonymous", true, "confidential", true);
    return given().auth().oauth2(Keycloak.token("warga1")).contentType(ContentType.JSON)
        .body(body).post("/api/v1/reports").then().statusCode(201).extract().path("id");
  }

  @Test
  void searchUnderstandsIndonesianWordForms() {
    String id = submit("Jalanan berlubang di Kelapa Lima", "Banyak lubang di jalanan dekat pasar ikan.", null, null);
    verify(id, false);
    // "lubang" finds "berlubang" and "jalan" finds "jalanan": the Indonesian stemmer strips affixes.
    assertThat(ids(feed(Map.of("q", "lubang jalan")))).contains(id);
    assertThat(ids(feed(Map.of("q", "\"pasar ikan\"")))).contains(id);
    assertThat(ids(feed(Map.of("q", "lubang -pasar")))).doesNotContain(id);
  }

  @Test
  void filtersNarrowTheFeed() {
    String here = submit("Drainase tersumbat Oebobo", "Saluran air tersumbat sampah plastik.",
        Map.of("kecamatanCode", "53.71.04"), null);
    String there = submit("Drainase tersumbat Alak", "Saluran air tersumbat lumpur.",
        Map.of("kecamatanCode", "53.71.01"), null);
    verify(here, false);
    verify(there, false);
    assertThat(ids(feed(Map.of("kecamatanCode", "53.71.04")))).contains(here).doesNotContain(there);
    assertThat(ids(feed(Map.of("status", "VERIFIED", "type", "COMPLAINT")))).contains(here, there);
    assertThat(ids(feed(Map.of("type", "ASPIRATION")))).doesNotContain(here);
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).toString();
    assertThat(ids(feed(Map.of("from", today, "to", today)))).contains(here);
    assertThat(ids(feed(Map.of("to", "2020-01-01")))).doesNotContain(here);
  }

  @Test
  void badFiltersAreNamed() {
    given().queryParam("status", "SUBMITTED").get("/api/v1/reports/public").then()
        .statusCode(400).body("violations[0].field", equalTo("status"));
    given().queryParam("from", "2026-13-01").get("/api/v1/reports/public").then()
        .statusCode(400).body("violations[0].field", equalTo("from"));
    given().queryParams(Map.of("from", "2026-05-02", "to", "2026-05-01"))
        .get("/api/v1/reports/public").then().statusCode(400).body("violations[0].field", equalTo("to"));
    given().queryParam("type", "GOSSIP").get("/api/v1/reports/public").then()
        .statusCode(400).body("violations[0].field", equalTo("type"));
  }

  @Test
  void citizensSupportOncePerPublicReport() {
    String id = submit("Tambah halte bus di Penfui", "Penumpang menunggu bus di bawah terik matahari.", null, null);
    String hidden = submit("Belum diverifikasi", "Laporan ini belum diverifikasi admin.", null, null);
    verify(id, false);
    String token = Keycloak.token("warga1");
    given().auth().oauth2(token).post("/api/v1/reports/{id}/supports", id).then()
        .statusCode(201).body("supportCount", equalTo(1));
    given().auth().oauth2(token).post("/api/v1/reports/{id}/supports", id).then()
        .statusCode(409);
    given().auth().oauth2(Keycloak.token("warga2")).post("/api/v1/reports/{id}/supports", id)
        .then().statusCode(201).body("supportCount", equalTo(2));
    given().auth().oauth2(token).post("/api/v1/reports/{id}/supports", hidden).then()
        .statusCode(404);
    given().auth().oauth2(Keycloak.token("petugas1")).post("/api/v1/reports/{id}/supports", id)
        .then().statusCode(403);
    given().post("/api/v1/reports/{id}/supports", id).then().statusCode(401);
    assertThat(feed(Map.of("q", "halte Penfui")).stream().filter(i -> id.equals(i.get("id"))).findFirst()
        .orElseThrow().get("supportCount")).isEqualTo(2);
  }

  @Test
  void searchResultsPageNewestFirst() {
    String word = "Sumurbor" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = submit(word + " kering di Naikoten", "Sumur bor warga kering sejak bulan lalu.", null, null);
      verify(id, false);
      submitted.add(id);
    }
    List<Object> seen = new ArrayList<>();
    String cursor = null;
    for (int pages = 0; pages < 5; pages++) {
      var spec = given().queryParam("q", word).queryParam("size", 2);
      if (cursor != null) {
        spec.queryParam("cursor", cursor);
      }
      Response page = spec.get("/api/v1/reports/public");
      page.then().statusCode(200);
      seen.addAll(ids(page.jsonPath().getList("items")));
      cursor = page.path("nextCursor");
      if (cursor == null) {
        break;
      }
    }
    java.util.Collections.reverse(submitted);
    assertThat(seen).containsExactlyElementsOf(submitted);
  }
}
