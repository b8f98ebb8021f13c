package id.aduan.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With aduan.demo-data=true the demo reports are there, and loading them twice is harmless. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("aduan.demo-data", "true");
    }
  }

  @Test
  void demoReportIsTrackable() {
    given().get("/api/v1/reports/track/DEM2AAAA").then().statusCode(200)
        .body("title", equalTo("Jalan berlubang di depan SD Inpres Oebobo"))
        .body("status", equalTo("SUBMITTED"));
  }
}
