package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** OWASP API8: browsers may call the API from the SPA's origin only, never from any origin. */
@QuarkusTest
class CorsTest {
  static final String SPA = ConfigProvider.getConfig().getValue("quarkus.http.cors.origins", String.class).split(",")[0];

  @Test
  void theSpaMaySubmitFromItsOrigin() {
    given().header("Origin", SPA)
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
    given().header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .options("/api/v1/reports")
        .then().statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue());
    given().header("Origin", "https://evil.example").get("/api/v1/reports/public").then()
        .header("Access-Control-Allow-Origin", nullValue());
  }
}
