package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** OWASP API8: browsers may call the API from the SPA's origin only, never from any origin. */
@QuarkusTest
class CorsTest {
  /** A preflight is the CORS filter's to answer: the contract has no OPTIONS operations. */
  static final Filter PREFLIGHT = Contract.skip("a CORS preflight, answered before any operation of the contract");
  static final String SPA = ConfigProvider.getConfig().getValue("quarkus.http.cors.origins", String.class).split(",")[0];

  @Test
  void theSpaMaySubmitFromItsOrigin() {
    given().filter(PREFLIGHT).header("Origin", SPA)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
        .options("/api/v1/reports")
        .then().statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo(SPA))
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    given().header("Origin", SPA).get("/api/v1/reports/public").then().statusCode(200)
        .header("Access-Control-Allow-Origin", equalTo(SPA))
        .header("Access-Control-Expose-Headers", containsString("Location"));
  }

  @Test
  void anotherOriginIsNotAllowed() {
    given().filter(PREFLIGHT).header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/reports")
        .then().statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
    // Refused by the CORS filter with a 403 the contract leaves out: no operation ran.
    given().filter(Contract.skip("a request from an origin the CORS policy refuses"))
        .header("Origin", "https://evil.example").get("/api/v1/reports/public").then().statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
