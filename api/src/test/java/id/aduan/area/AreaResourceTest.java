package id.aduan.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Areas are listed by parent, in code order, page by page, for anyone. */
@QuarkusTest
class AreaResourceTest {
  @Inject
  Pool pool;

  String city;

  /** A city of our own with three kecamatan (loaded as a city operator would, straight into the table). */
  @BeforeEach
  void loadCity() {
    city = "9" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    insert(city, null, "Kota Uji");
    insert(city + ".03", city, "Kecamatan Tiga");
    insert(city + ".01", city, "Kecamatan Satu");
    insert(city + ".02", city, "Kecamatan Dua");
    insert(city + ".01.1001", city + ".01", "Kelurahan Satu");
  }

  /** Other tests (and the end-to-end run on this database) expect only the areas a city loaded. */
  @AfterEach
  void removeCity() {
    pool.preparedQuery("DELETE FROM area WHERE code = $1 OR code LIKE $1 || '.%'").execute(Tuple.of(city))
        .await().atMost(Duration.ofSeconds(5));
  }

  void insert(String code, String parent, String name) {
    pool.preparedQuery("INSERT INTO area (code, parent_code, name) VALUES ($1, $2, $3)")
        .execute(Tuple.of(code, parent, name)).await().atMost(Duration.ofSeconds(5));
  }

  @Test
  void childrenComeInCodeOrderAcrossPages() {
    String next = given().queryParam("parentCode", city).queryParam("size", 2)
        .get("/api/v1/areas").then().statusCode(200)
        .body("items.code", contains(city + ".01", city + ".02"))
        .body("items[0].name", equalTo("Kecamatan Satu"))
        .body("items[0].parentCode", equalTo(city))
        .extract().path("nextCursor");
    given().queryParam("parentCode", city).queryParam("size", 2).queryParam("cursor", next)
        .get("/api/v1/areas").then().statusCode(200)
        .body("items.code", contains(city + ".03"))
        .body("nextCursor", nullValue());
  }

  @Test
  void withoutParentOnlyTopLevelAreas() {
    given().queryParam("size", 100).get("/api/v1/areas").then().statusCode(200)
        .body("items.code", not(hasItem(city + ".01")));
    given().queryParam("parentCode", city + ".01").get("/api/v1/areas").then()
        .statusCode(200).body("items.code", contains(city + ".01.1001"));
  }

  @Test
  void badParentIsNamed() {
    given().queryParam("parentCode", "Oebobo").get("/api/v1/areas").then().statusCode(400)
        .body("violations[0].field", equalTo("parentCode"));
  }
}
