package id.aduan.officer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Officer membership over HTTP: admins manage it, supervisors read it, nobody else. */
@QuarkusTest
class OfficerResourceTest {

  static RequestSpecification api() {
    return given();
  }

  static String agency(String code) {
    return api().contentType(ContentType.JSON)
        .body(Map.of("code", code + "-" + System.nanoTime() % 100_000_000, "name", "Dinas " + code, "active", true))
        .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void adminRegistersMovesAndDeactivatesAnOfficer() {
    String a = agency("OFFA");
    String b = agency("OFFB");
    String subject = "kc-" + UUID.randomUUID();
    api().contentType(ContentType.JSON)
        .body(Map.of("subject", subject, "agencyId", a, "name", "Yohana Benu", "email", "yohana@kupangkota.go.id"))
        .post("/api/v1/officers").then().statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/officers/" + subject))
        .body("agencyId", equalTo(a)).body("active", equalTo(true));
    api().queryParam("agencyId", a).get("/api/v1/officers").then().statusCode(200)
        .body("items.subject", contains(subject));

    api().contentType(ContentType.JSON).body(Map.of("agencyId", b, "name", "Yohana Benu", "active", false))
        .put("/api/v1/officers/{s}", subject).then().statusCode(200)
        .body("agencyId", equalTo(b)).body("active", equalTo(false));
    api().get("/api/v1/officers/{s}", subject).then().statusCode(200).body("agencyId", equalTo(b));
    api().queryParam("agencyId", a).get("/api/v1/officers").then().body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void registrationIsCheckedAndUnique() {
    String a = agency("OFFC");
    api().contentType(ContentType.JSON).body(Map.of("subject", "x", "agencyId", UUID.randomUUID().toString(), "name", "X"))
        .post("/api/v1/officers").then().statusCode(400)
        .body("violations[0].field", equalTo("agencyId"));
    api().contentType(ContentType.JSON).body(Map.of("agencyId", a, "name", " ", "email", "bukan-email"))
        .post("/api/v1/officers").then().statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("name", "email"));
    String subject = "kc-" + UUID.randomUUID();
    Map<String, Object> body = Map.of("subject", subject, "agencyId", a, "name", "Dua Kali");
    api().contentType(ContentType.JSON).body(body).post("/api/v1/officers").then().statusCode(201);
    api().contentType(ContentType.JSON).body(body).post("/api/v1/officers").then().statusCode(409);
    api().get("/api/v1/officers/{s}", "nobody-" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "supervisor-a", roles = "supervisor")
  void supervisorsReadOnly() {
    api().get("/api/v1/officers").then().statusCode(200);
    api().contentType(ContentType.JSON).body(Map.of("subject", "s", "agencyId", UUID.randomUUID().toString(), "name", "S"))
        .post("/api/v1/officers").then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "officer-a", roles = "officer")
  void officersDoNotManageOfficers() {
    api().get("/api/v1/officers").then().statusCode(403);
    api().contentType(ContentType.JSON).body(Map.of("agencyId", UUID.randomUUID().toString(), "name", "S", "active", true))
        .put("/api/v1/officers/{s}", "officer-a").then().statusCode(403);
  }

  @Test
  void anonymousIs401() {
    api().get("/api/v1/officers").then().statusCode(401);
    api().get("/api/v1/officers/{s}", "x").then().statusCode(401);
  }
}
