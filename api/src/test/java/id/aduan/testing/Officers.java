package id.aduan.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/** Puts the demo officers (real Keycloak accounts) into agencies through the admin API. */
public final class Officers {
  public static final String PETUGAS1 = "6b0f6f0e-0c1a-4c55-9a51-000000000003";
  public static final String PETUGAS2 = "6b0f6f0e-0c1a-4c55-9a51-000000000006";

  private Officers() {}

  /** Registers the account as an officer of the agency, or moves it there if it already is one. */
  public static void place(String subject, String name, String agencyId, boolean active) {
    String admin = Keycloak.token("admin1");
    Map<String, Object> body = new HashMap<>(Map.of("subject", subject, "agencyId", agencyId, "name", name));
    int status = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
        .post("/api/v1/officers").statusCode();
    if (status == 201 && active) {
      return;
    }
    if (status != 201 && status != 409) {
      throw new AssertionError("registering officer " + subject + " answered " + status);
    }
    given().auth().oauth2(admin).contentType(ContentType.JSON)
        .body(Map.of("agencyId", agencyId, "name", name, "active", active))
        .put("/api/v1/officers/{subject}", subject).then().statusCode(200);
  }
}
