package id.aduan.client;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins issue and revoke API keys; a key is shown once and a revoked key stops working. */
@QuarkusTest
class ApiClientResourceTest {
  static final String PATH = "/api/v1/admin/api-clients";

  static RequestSpecification as(String user) {
    return given().auth().oauth2(Keycloak.token(user));
  }

  static JsonPath create(String name, String contact) {
    Map<String, Object> body = contact == null ? Map.of("name", name) : Map.of("name", name, "contact", contact);
    return as("admin1").contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201)
        .extract().jsonPath();
  }

  static int postOpen311(String apiKey) {
    return given().contentType("application/x-www-form-urlencoded; charset=utf-8")
        .formParam("api_key", apiKey)
        .formParam("service_code", "TIDAK-ADA-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase())
        .formParam("address_string", "Jl. El Tari")
        .formParam("description", "Lampu jalan mati sejak seminggu.")
        .post("/open311/v2/requests.json").statusCode();
  }

  @Test
  void withoutTokenIs401() {
    given().get(PATH).then().statusCode(401);
    given().contentType(ContentType.JSON).body(Map.of("name", "x")).post(PATH).then()
        .statusCode(401);
    given().delete(PATH + "/{id}", UUID.randomUUID()).then().statusCode(401);
  }

  @Test
  void onlyAdminsManageKeys() {
    for (String user : List.of("petugas1", "pengawas1", "warga1")) {
      as(user).get(PATH).then().statusCode(403);
      as(user).contentType(ContentType.JSON).body(Map.of("name", "x")).post(PATH).then().statusCode(403);
      as(user).delete(PATH + "/{id}", UUID.randomUUID()).then().statusCode(403);
    }
  }

  @Test
  void theKeyIsShownOnceAndOnlyItsDigestIsKept() {
    JsonPath created = create("Aplikasi Lapor Kupang", "dev@lapor-kupang.id");
    String key = created.getString("apiKey");
    assertThat(key).matches("^adn_[A-Za-z0-9_-]{43}$");
    assertThat(created.getString("keyPrefix")).isEqualTo(key.substring(0, 12));
    assertThat(created.getString("contact")).isEqualTo("dev@lapor-kupang.id");

    String list = as("admin1").queryParam("size", 100).get(PATH).then().statusCode(200).extract().asString();
    assertThat(list).doesNotContain(key).doesNotContain("apiKey").contains(created.getString("id"));
    // A second client gets another key.
    assertThat(create("Aplikasi Lain", null).getString("apiKey")).isNotEqualTo(key);
  }

  @Test
  void listIsNewestFirstPageByPage() {
    String first = create("Halaman satu", null).getString("id");
    String second = create("Halaman dua", null).getString("id");
    String third = create("Halaman tiga", null).getString("id");
    JsonPath page1 = as("admin1").queryParam("size", 2).get(PATH).then().statusCode(200).extract().jsonPath();
    assertThat(page1.getList("items.id", String.class)).containsExactly(third, second);
    assertThat(page1.getString("items[0].name")).isEqualTo("Halaman tiga");
    assertThat(page1.getString("items[0].keyPrefix")).startsWith("adn_");
    assertThat(page1.getString("items[0].createdAt")).isNotNull();
    String next = page1.getString("nextCursor");
    assertThat(next).isNotNull();
    JsonPath page2 = as("admin1").queryParam("size", 2).queryParam("cursor", next).get(PATH).then().statusCode(200)
        .extract().jsonPath();
    assertThat(page2.getString("items[0].id")).isEqualTo(first);
    as("admin1").queryParam("cursor", "rubbish!").get(PATH).then().statusCode(400)
        .body("violations[0].field", equalTo("cursor"));
    as("admin1").queryParam("size", 0).get(PATH).then().statusCode(400)
        .body("violations[0].field", equalTo("size"));
  }

  @Test
  void invalidInputIsNamed() {
    as("admin1").contentType(ContentType.JSON).body(Map.of("name", " ")).post(PATH).then().statusCode(400)
        .body("violations[0].field", equalTo("name"));
    as("admin1").contentType(ContentType.JSON).body(Map.of("name", "x".repeat(101))).post(PATH).then()
        .statusCode(400).body("violations[0].field", equalTo("name"));
  }

  @Test
  void aRevokedKeyIsRefusedAndRevokingAgainIsHarmless() {
    JsonPath created = create("Aplikasi dicabut", null);
    String id = created.getString("id");
    String key = created.getString("apiKey");
    // The key works (the unknown service is a 404, after the key was accepted) and its use is recorded.
    assertThat(postOpen311(key)).isEqualTo(404);
    as("admin1").queryParam("size", 100).get(PATH).then().statusCode(200)
        .body("items.find { it.id == '" + id + "' }.lastUsedAt", notNullValue())
        .body("items.find { it.id == '" + id + "' }.revokedAt", nullValue());

    as("admin1").delete(PATH + "/{id}", id).then().statusCode(204);
    String revokedAt = as("admin1").queryParam("size", 100).get(PATH).then().statusCode(200)
        .extract().path("items.find { it.id == '" + id + "' }.revokedAt");
    assertThat(revokedAt).isNotNull();
    assertThat(postOpen311(key)).isEqualTo(403);

    as("admin1").delete(PATH + "/{id}", id).then().statusCode(204);
    as("admin1").queryParam("size", 100).get(PATH).then()
        .body("items.find { it.id == '" + id + "' }.revokedAt", equalTo(revokedAt));
  }

  @Test
  void unknownClientIs404AndBadIdIs400() {
    as("admin1").delete(PATH + "/{id}", UUID.randomUUID()).then().statusCode(404)
        .body("detail", equalTo("No API client with this id."));
    as("admin1").delete(PATH + "/{id}", "not-a-uuid").then().statusCode(400)
        .body("violations[0].field", equalTo("id"));
  }

  @Test
  void keysAreRandomAndDigestsAreHex() {
    String a = ApiKeys.next();
    String b = ApiKeys.next();
    assertThat(a).isNotEqualTo(b).startsWith("adn_").hasSize(47);
    assertThat(ApiKeys.hash(a)).matches("^[0-9a-f]{64}$").isNotEqualTo(ApiKeys.hash(b));
    assertThat(ApiKeys.hash(a)).isEqualTo(ApiKeys.hash(a));
  }

  @Test
  void missingOrUnknownKeyIs403() {
    assertThat(postOpen311("adn_" + "A".repeat(43))).isEqualTo(403);
    given().contentType("application/x-www-form-urlencoded").formParam("service_code", "X")
        .post("/open311/v2/requests.json").then().statusCode(403)
        .body("[0].code", equalTo(403))
        .body("[0].description", not(equalTo(null)))
        .body("[0].description", matchesPattern(".*api_key.*"));
  }
}
