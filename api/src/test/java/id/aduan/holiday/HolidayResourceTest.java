package id.aduan.holiday;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The holiday calendar over HTTP. */
@QuarkusTest
class HolidayResourceTest {

  static RequestSpecification api() {
    return given();
  }

  @Test
  @TestSecurity(user = "officer-a", roles = "officer")
  void seededNationalHolidaysAreListed() {
    api().queryParam("year", 2026).queryParam("size", 100).get("/api/v1/holidays").then().statusCode(200)
        .body("items.date", hasItem("2026-08-17"))
        .body("items.find { it.date == '2026-12-25' }.kind", equalTo("NATIONAL"));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void adminAddsAndRemovesALocalDayOff() {
    Map<String, Object> day = Map.of("date", "2031-04-11", "name", "HUT Kota Kupang", "kind", "LOCAL");
    api().contentType(ContentType.JSON).body(day).post("/api/v1/holidays").then().statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/holidays/2031-04-11"))
        .body("kind", equalTo("LOCAL"));
    api().contentType(ContentType.JSON).body(day).post("/api/v1/holidays").then().statusCode(409);
    api().queryParam("year", 2031).get("/api/v1/holidays").then().body("items.date", hasItem("2031-04-11"));
    api().delete("/api/v1/holidays/2031-04-11").then().statusCode(204);
    api().delete("/api/v1/holidays/2031-04-11").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void badInputIsNamed() {
    api().contentType(ContentType.JSON).body(Map.of("date", "2031-02-30", "name", "X", "kind", "LOCAL"))
        .post("/api/v1/holidays").then().statusCode(400)
        .body("violations[0].field", equalTo("date"))
        .body("violations[0].message", equalTo("must be a date such as 2026-12-25"));
    api().contentType(ContentType.JSON).body(Map.of("date", "2031-02-03", "name", "X", "kind", "WEEKEND"))
        .post("/api/v1/holidays").then().statusCode(400).body("violations[0].field", equalTo("kind"));
    api().queryParam("year", "dua ribu").get("/api/v1/holidays").then().statusCode(400)
        .body("violations[0].field", equalTo("year"));
    api().delete("/api/v1/holidays/besok").then().statusCode(400).body("violations[0].field", equalTo("date"));
  }

  @Test
  @TestSecurity(user = "citizen-a", roles = "citizen")
  void citizensDoNotManageTheCalendar() {
    api().get("/api/v1/holidays").then().statusCode(403);
    api().contentType(ContentType.JSON).body(Map.of("date", "2031-02-03", "name", "X", "kind", "LOCAL"))
        .post("/api/v1/holidays").then().statusCode(403);
  }

  @Test
  @TestSecurity(user = "supervisor-a", roles = "supervisor")
  void supervisorsOnlyRead() {
    api().get("/api/v1/holidays").then().statusCode(200);
    api().delete("/api/v1/holidays/2026-12-25").then().statusCode(403);
  }

  @Test
  void anonymousIs401() {
    api().get("/api/v1/holidays").then().statusCode(401);
  }
}
