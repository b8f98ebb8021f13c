package id.aduan.testing;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the dev realm's test clients (password grant; dev realm only). */
public final class Keycloak {
  private Keycloak() {}

  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  /** A token of the aduan-test client, reused for a minute (tokens live five): logins are slow on purpose. */
  public static String token(String username) {
    Cached c = CACHE.get(username);
    if (c != null && c.at().isAfter(Instant.now().minusSeconds(60))) {
      return c.token();
    }
    String token = token("aduan-test", username);
    CACHE.put(username, new Cached(token, Instant.now()));
    return token;
  }

  private record Cached(String token, Instant at) {}

  /** {@code clientId}: aduan-test, aduan-test-short (expires in 2 s) or aduan-test-noaud (no audience). */
  public static String token(String clientId, String username) {
    String realmUrl = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    return given()
        .filter(Contract.skip("Keycloak's token endpoint, not the API"))
        .formParam("grant_type", "password")
        .formParam("client_id", clientId)
        .formParam("username", username)
        .formParam("password", username)
        .post(realmUrl + "/protocol/openid-connect/token")
        .then().statusCode(200)
        .extract().path("access_token");
  }
}
