package id.aduan.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;

import id.aduan.testing.Agencies;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The agency tree over HTTP: admins manage it, officials read it. */
@QuarkusTest
class AgencyResourceTest {

  static RequestSpecification api() {
    return given();
  }

  static Response create(Map<String, Object> body) {
    return api().contentType(ContentType.JSON).body(body).post("/api/v1/agencies");
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void adminCreatesAgencyAndSubUnit() {
    String code = Agencies.uniqueCode("DINKES");
    Response parent = create(Agencies.input(code, "Dinas Kesehatan", null, true));
    parent.then().statusCode(201).body("code", equalTo(code)).body("active", equalTo(true));
    String parentId = parent.path("id");
    assertThat(parent.header("Location")).endsWith("/api/v1/agencies/" + parentId);

    String childId = create(Agencies.input(Agencies.uniqueCode("PKM"), "Puskesmas Oesapa", parentId, true))
        .then().statusCode(201).body("parentId", equalTo(parentId)).extract().path("id");

    api().queryParam("parentId", parentId).get("/api/v1/agencies").then().statusCode(200)
        .body("items.id", org.hamcrest.Matchers.contains(childId))
        .body("nextCursor", org.hamcrest.Matchers.nullValue());
    api().get("/api/v1/agencies/{id}", childId).then().statusCode(200).body("name", equalTo("Puskesmas Oesapa"));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void flatListPagesInCodeOrder() {
    String parentId = create(Agencies.input(Agencies.uniqueCode("PAGED"), "Induk", null, true)).then().statusCode(201)
        .extract().path("id");
    for (String c : new String[] {"C", "A", "B"}) {
      create(Agencies.input(Agencies.uniqueCode("SUB") + c, "Sub " + c, parentId, true)).then().statusCode(201);
    }
    List<String> codes = new ArrayList<>();
    String cursor = null;
    do {
      var spec = api().queryParam("parentId", parentId).queryParam("size", 2);
      if (cursor != null) {
        spec.queryParam("cursor", cursor);
      }
      Response page = spec.get("/api/v1/agencies");
      codes.addAll(page.then().statusCode(200).extract().path("items.code"));
      cursor = page.path("nextCursor");
    } while (cursor != null);
    assertThat(codes).hasSize(3).isSorted();

    List<String> all = api().queryParam("size", 100).get("/api/v1/agencies").then().statusCode(200)
        .extract().path("items.code");
    assertThat(all).isSorted();
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void codeIsUnique() {
    String code = Agencies.uniqueCode("DUP");
    create(Agencies.input(code, "Pertama", null, true)).then().statusCode(201);
    create(Agencies.input(code, "Kedua", null, true)).then().statusCode(409)
        .contentType("application/problem+json")
        .body("detail", equalTo("Another agency already has the code " + code + "."));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void invalidInputNamesTheFields() {
    create(Agencies.input("dinas kesehatan", "", UUID.randomUUID().toString(), true)).then().statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("code", "name"));
    create(Agencies.input(Agencies.uniqueCode("ORPHAN"), "Tanpa induk", UUID.randomUUID().toString(), true))
        .then().statusCode(400)
        .body("violations[0].field", equalTo("parentId"))
        .body("violations[0].message", equalTo("is not an agency"));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void treeCannotBecomeALoop() {
    String a = create(Agencies.input(Agencies.uniqueCode("LOOPA"), "A", null, true)).then().statusCode(201)
        .extract().path("id");
    String bCode = Agencies.uniqueCode("LOOPB");
    String b = create(Agencies.input(bCode, "B", a, true)).then().statusCode(201).extract().path("id");
    String aCode = api().get("/api/v1/agencies/{id}", a).then().extract().path("code");

    api().contentType(ContentType.JSON).body(Agencies.input(aCode, "A", b, true)).put("/api/v1/agencies/{id}", a)
        .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
    api().contentType(ContentType.JSON).body(Agencies.input(aCode, "A", a, true)).put("/api/v1/agencies/{id}", a)
        .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
    api().contentType(ContentType.JSON).body(Agencies.input(bCode, "B baru", a, false)).put("/api/v1/agencies/{id}", b)
        .then().statusCode(200).body("name", equalTo("B baru")).body("active", equalTo(false));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void unknownAgencyIs404() {
    api().get("/api/v1/agencies/{id}", UUID.randomUUID()).then().statusCode(404);
    api().contentType(ContentType.JSON).body(Agencies.input("NOPE", "Tidak ada", null, true))
        .put("/api/v1/agencies/{id}", UUID.randomUUID()).then().statusCode(404);
    api().get("/api/v1/agencies/not-an-id").then().statusCode(400).body("violations[0].field", equalTo("id"));
  }

  @Test
  @TestSecurity(user = "officer-a", roles = "officer")
  void officersReadButDoNotManage() {
    api().get("/api/v1/agencies").then().statusCode(200);
    create(Agencies.input("OFFICER-MADE", "X", null, true)).then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "supervisor-a", roles = "supervisor")
  void supervisorsReadButDoNotManage() {
    api().get("/api/v1/agencies").then().statusCode(200);
    api().contentType(ContentType.JSON).body(Agencies.input("SUP-MADE", "X", null, true))
        .put("/api/v1/agencies/{id}", UUID.randomUUID()).then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "citizen-a", roles = "citizen")
  void citizensDoNotSeeTheAgencyAdministration() {
    api().get("/api/v1/agencies").then().statusCode(403);
  }

  @Test
  void anonymousIs401() {
    api().get("/api/v1/agencies").then().statusCode(401);
    api().get("/api/v1/agencies/{id}", UUID.randomUUID()).then().statusCode(401);
    create(Agencies.input("ANON", "X", null, true)).then().statusCode(401)
        .body("instance", endsWith("/api/v1/agencies"));
  }
}
