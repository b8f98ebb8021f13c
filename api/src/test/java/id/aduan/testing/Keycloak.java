package id.aduan.testing;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the dev realm's test clients (password grant; dev realm only). */
public final class Keycloak {
  private Keycloak() {}

  public static String token(String username) {
    return token("aduan-test", username);
  }

  /** {@code clientId}: aduan-test, aduan-test-short (expires in 2 s) or aduan-test-noaud (no audience). */
  public static String token(String clientId, String username) {
    String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", clientId)
        .formParam("username", username)
        .formParam("password", username)
        .post(realmUrl + "/protocol/openid-connect/token")
        .then().statusCode(200)
        .extract().path("access_token");
  }
}
