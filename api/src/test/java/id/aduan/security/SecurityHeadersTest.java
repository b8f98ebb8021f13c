package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** OWASP API8 (security misconfiguration): the headers are on success and error answers alike. */
@QuarkusTest
class SecurityHeadersTest {

  static void hardened(ValidatableResponse r) {
    r.header("X-Content-Type-Options", equalTo("nosniff"))
        .header("X-Frame-Options", equalTo("DENY"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", containsString("default-src 'none'"))
        .header("Referrer-Policy", equalTo("no-referrer"))
        .header("Strict-Transport-Security", containsString("max-age="));
  }

  @Test
  void onAPublicPage() {
    hardened(given().get("/api/v1/reports/public").then().statusCode(200));
  }

  @Test
  void onAProblem() {
    hardened(given().get("/api/v1/reports/track/ABCDEFGH").then().statusCode(404)
        .contentType("application/problem+json"));
  }

  @Test
  void onARefusedLogin() {
    hardened(given().get("/api/v1/me/reports").then().statusCode(401));
    hardened(given().auth().oauth2("not.a.token").get("/api/v1/me/reports").then().statusCode(401));
  }

  @Test
  void onTheContract() {
    hardened(given().filter(Contract.skip("the contract document itself, not an operation of it"))
        .get("/q/openapi").then().statusCode(200));
  }
}
