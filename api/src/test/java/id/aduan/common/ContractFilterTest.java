package id.aduan.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import id.aduan.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/**
 * Every RestAssured request of the tests is checked against openapi.yaml without asking
 * (ContractExtension), and a request left out says so.
 */
@QuarkusTest
class ContractFilterTest {

  @Test
  void everyRequestGoesThroughTheContract() {
    assertThat(RestAssured.filters()).contains(Contract.filter());
    // The health check is Quarkus's, not in the contract: a request that is not checked would pass.
    assertThatThrownBy(() -> given().get("/q/health/live"))
        .isInstanceOf(OpenApiValidationFilter.OpenApiValidationException.class)
        .hasMessageContaining("No API path found that matches request '/q/health/live'");
  }

  @Test
  void aRequestLeftOutSaysWhy() {
    given().filter(Contract.skip("the health check is Quarkus's, not in the contract")).get("/q/health/live").then()
        .statusCode(200);
    assertThatThrownBy(() -> Contract.skip(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
