package id.aduan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.aduan.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.Test;

/** Health and metrics, as an operator relies on them. */
@QuarkusTest
class OperationsTest {
  /** Health and metrics are Quarkus's own endpoints, for operators: the contract leaves them out. */
  static final Filter OPERATIONS = Contract.skip("Quarkus's health and metrics endpoints, not in the contract");

  @Test
  void readyChecksTheDatabase() {
    given().filter(OPERATIONS).get("/q/health/ready").then().statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Reactive PostgreSQL")));
  }

  @Test
  void liveIsUp() {
    given().filter(OPERATIONS).get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void metricsArePrometheusText() {
    given().get("/api/v1/reports/track/ZZZZZZZZ");
    given().filter(OPERATIONS).get("/q/metrics").then().statusCode(200)
        .body(containsString("http_server_requests_seconds_count"))
        .body(containsString("uri=\"/api/v1/reports/track/{trackingCode}\""));
  }
}
