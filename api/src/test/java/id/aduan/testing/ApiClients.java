package id.aduan.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** API keys for tests, issued by admin1 through the API. */
public final class ApiClients {
  private ApiClients() {}

  /** A fresh key of a new client named {@code name}. */
  public static String newKey(String name) {
    return given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("name", name))
        .post("/api/v1/admin/api-clients")
        .then().statusCode(201).extract().path("apiKey");
  }
}
