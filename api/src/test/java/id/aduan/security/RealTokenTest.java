package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import id.aduan.testing.Contract;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real login path: tokens issued by the running Keycloak, verified by quarkus-oidc. */
@QuarkusTest
class RealTokenTest {
  static final String MY_REPORTS = "/api/v1/me/reports";

  @Test
  void noTokenIs401() {
    given().get(MY_REPORTS).then().statusCode(401);
  }

  @Test
  void garbageTokenIs401() {
    given().auth().oauth2("not.a.token").get(MY_REPORTS).then().statusCode(401)
        .contentType("application/problem+json");
  }

  /** Found by fuzzing: quarkus-oidc threw on these, and the caller got a 500. */
  @Test
  void tokensNotShapedLikeAJwtAre401() {
    for (String token : new String[] {"a.", ".", "a", "a.b", "ä.b.c", "a.b.c.d"}) {
      given().header("Authorization", "Bearer " + token).get(MY_REPORTS).then().statusCode(401)
          .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }
  }

  /** Also after the genuine token was verified and kept (VerifiedTokens): only its exact text is. */
  @Test
  void tamperedTokenIs401() {
    String token = Keycloak.token("warga1");
    given().auth().oauth2(token).get(MY_REPORTS).then().statusCode(200);
    String[] parts = token.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    given().auth().oauth2(forged).get(MY_REPORTS).then().statusCode(401);
    // warga2's claims under warga1's signature
    String other = Keycloak.token("warga2").split("\\.")[1];
    given().auth().oauth2(parts[0] + "." + other + "." + parts[2]).get(MY_REPORTS).then().statusCode(401);
  }

  /** OWASP API2: an unsigned token ("alg": "none") carrying genuine claims. */
  @Test
  void unsignedTokenIs401() {
    String claims = Keycloak.token("warga1").split("\\.")[1];
    String none = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    given().auth().oauth2(none + "." + claims + ".").get(MY_REPORTS).then().statusCode(401);
  }

  /** OWASP API2: a genuine token of the same Keycloak, issued by another realm (master). */
  @Test
  void tokenOfAnotherIssuerIs401() {
    String realmUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getValue("quarkus.oidc.auth-server-url", String.class);
    String master = given().filter(Contract.skip("Keycloak's token endpoint, not the API"))
        .formParam("grant_type", "password")
        .formParam("client_id", "admin-cli")
        .formParam("username", System.getenv().getOrDefault("KC_ADMIN_USER", "admin"))
        .formParam("password", System.getenv().getOrDefault("KC_ADMIN_PASSWORD", "admin"))
        .post(realmUrl.replace("/realms/aduan", "/realms/master") + "/protocol/openid-connect/token")
        .then().statusCode(200)
        .extract().path("access_token");
    given().auth().oauth2(master).get(MY_REPORTS).then().statusCode(401);
  }

  /** Verified once and kept, the token is still refused from its exp on (VerifiedTokens). */
  @Test
  void expiredTokenIs401() throws InterruptedException {
    String token = Keycloak.token("aduan-test-short", "warga1");
    given().auth().oauth2(token).get(MY_REPORTS).then().statusCode(200);
    Thread.sleep(4_000); // the client's tokens live 2 seconds
    given().auth().oauth2(token).get(MY_REPORTS).then().statusCode(401);
  }

  @Test
  void tokenWithoutApiAudienceIs401() {
    given().auth().oauth2(Keycloak.token("aduan-test-noaud", "warga1")).get(MY_REPORTS).then().statusCode(401);
  }

  @Test
  void wrongRoleIs403() {
    for (String user : new String[] {"petugas1", "admin1", "pengawas1"}) {
      given().auth().oauth2(Keycloak.token(user)).get(MY_REPORTS).then().statusCode(403);
    }
  }

  @Test
  void citizenSubmitsAndSeesOwnReportsOnly() {
    String warga1 = Keycloak.token("warga1");
    String id = given().auth().oauth2(warga1)
        .contentType(ContentType.JSON).body(Reports.submission("Drainase tersumbat di Kelapa Lima"))
        .post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");

    given().auth().oauth2(warga1).queryParam("size", 100).get(MY_REPORTS)
        .then().statusCode(200).body("items[0].id", equalTo(id));
    given().auth().oauth2(warga1).get("/api/v1/reports/{id}", id).then().statusCode(200);

    String warga2 = Keycloak.token("warga2");
    given().auth().oauth2(warga2).queryParam("size", 100).get(MY_REPORTS)
        .then().statusCode(200).body("items.id", everyItem(org.hamcrest.Matchers.not(equalTo(id))));
    given().auth().oauth2(warga2).get("/api/v1/reports/{id}", id).then().statusCode(404);
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id)
        .then().statusCode(200).body("contact.email", equalTo("warga1@aduan.test"));
  }

  @Test
  void invalidTokenIsRefusedEvenWhereGuestsAreWelcome() {
    given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(Reports.submission())
        .post("/api/v1/reports").then().statusCode(401);
    given().auth().oauth2(Keycloak.token("aduan-test-noaud", "warga1"))
        .contentType(ContentType.JSON).body(Map.of("type", "COMPLAINT", "title", "Judul laporan",
            "description", "Deskripsi yang cukup panjang."))
        .post("/api/v1/reports").then().statusCode(401);
  }

  @Test
  void officerTokenCannotSubmitAsCitizen() {
    given().auth().oauth2(Keycloak.token("petugas1")).contentType(ContentType.JSON).body(Reports.submission())
        .post("/api/v1/reports").then().statusCode(403);
  }
}
