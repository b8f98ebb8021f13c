package id.aduan.category;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.aduan.testing.Agencies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Categories: public to read, managed by admins, each with an optional default agency. */
@QuarkusTest
class CategoryResourceTest {

  static RequestSpecification api() {
    return given();
  }

  static Map<String, Object> input(String code, String name, String parentId, String agencyId, boolean active) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", name);
    body.put("parentId", parentId);
    body.put("defaultAgencyId", agencyId);
    body.put("active", active);
    return body;
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void adminBuildsTheTreeWithDefaultAgencies() {
    String agency = Agencies.createAsTestAdmin("Dinas PU Kategori");
    String code = Agencies.uniqueCode("INFRA");
    String parent = api().contentType(ContentType.JSON).body(input(code, "Infrastruktur", null, null, true))
        .post("/api/v1/categories").then().statusCode(201).extract().path("id");
    String child = api().contentType(ContentType.JSON)
        .body(input(Agencies.uniqueCode("JALAN"), "Jalan rusak", parent, agency, true))
        .post("/api/v1/categories").then().statusCode(201)
        .body("defaultAgencyId", equalTo(agency)).extract().path("id");
    api().queryParam("parentId", parent).get("/api/v1/categories").then().statusCode(200)
        .body("items.id", contains(child));

    String inactive = api().contentType(ContentType.JSON)
        .body(input(Agencies.uniqueCode("LAMA"), "Kategori lama", parent, null, false))
        .post("/api/v1/categories").then().statusCode(201).extract().path("id");
    api().queryParam("parentId", parent).get("/api/v1/categories").then().body("items.id", not(hasItem(inactive)));
    api().queryParam("parentId", parent).queryParam("includeInactive", true).get("/api/v1/categories").then()
        .body("items.id", hasItem(inactive));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void badInputIsNamed() {
    api().contentType(ContentType.JSON).body(input("jalan rusak", " ", null, null, true))
        .post("/api/v1/categories").then().statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("code", "name"));
    api().contentType(ContentType.JSON)
        .body(input(Agencies.uniqueCode("X"), "X", null, UUID.randomUUID().toString(), true))
        .post("/api/v1/categories").then().statusCode(400).body("violations[0].field", equalTo("defaultAgencyId"));
    String code = Agencies.uniqueCode("DUPC");
    api().contentType(ContentType.JSON).body(input(code, "A", null, null, true)).post("/api/v1/categories")
        .then().statusCode(201);
    api().contentType(ContentType.JSON).body(input(code, "B", null, null, true)).post("/api/v1/categories")
        .then().statusCode(409);
    api().contentType(ContentType.JSON).body(input("NOPE", "N", null, null, true))
        .put("/api/v1/categories/{id}", UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void anyoneReadsCategories() {
    api().get("/api/v1/categories").then().statusCode(200);
    api().get("/api/v1/categories/{id}", UUID.randomUUID()).then().statusCode(404);
    api().contentType(ContentType.JSON).body(input("ANON", "A", null, null, true)).post("/api/v1/categories")
        .then().statusCode(401);
  }

  @Test
  @TestSecurity(user = "officer-a", roles = "officer")
  void officersDoNotManageCategories() {
    api().contentType(ContentType.JSON).body(input("OFFC", "O", null, null, true)).post("/api/v1/categories")
        .then().statusCode(403);
  }
}
