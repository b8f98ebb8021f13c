package id.aduan.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Agencies for tests, created through the API with unique codes. */
public final class Agencies {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private Agencies() {}

  public static String uniqueCode(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + COUNTER.incrementAndGet();
  }

  public static Map<String, Object> input(String code, String name, String parentId, boolean active) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("parentId", parentId);
    body.put("active", active);
    return body;
  }

  /** Creates an agency as admin1 (a real token) and returns its id. */
  public static String create(String name, String parentId, boolean active) {
    return given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(input(uniqueCode("T"), name, parentId, active))
        .post("/api/v1/agencies")
        .then().statusCode(201).extract().path("id");
  }

  /** Creates an agency while a {@code @TestSecurity} admin is in force (no real token needed). */
  public static String createAsTestAdmin(String name) {
    return given().contentType(ContentType.JSON).body(input(uniqueCode("T"), name, null, true))
        .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
  }
}
