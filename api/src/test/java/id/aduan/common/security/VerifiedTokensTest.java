package id.aduan.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.testing.Keycloak;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Expiry and refusals through the real token path are in RealTokenTest. */
@QuarkusTest
class VerifiedTokensTest {
  static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

  @Inject
  VerifiedTokens tokens;

  @Test
  void aTokenIsKeptOnceVerifiedAndAForgeryNever() {
    String token = Keycloak.token("aduan-test", "warga2");
    assertThat(tokens.knows(token)).isFalse();
    given().auth().oauth2(token).get("/api/v1/me/reports").then().statusCode(200);
    assertThat(tokens.knows(token)).isTrue();
    long reused = tokens.reused();
    given().auth().oauth2(token).get("/api/v1/me/reports").then().statusCode(200);
    assertThat(tokens.reused()).isEqualTo(reused + 1);

    String forged = token.substring(0, token.length() - 4) + "AAAA";
    given().auth().oauth2(forged).get("/api/v1/me/reports").then().statusCode(401);
    assertThat(tokens.knows(forged)).isFalse();
  }

  @Test
  void keptUntilTheTokenExpires() {
    assertThat(VerifiedTokens.lifetime(NOW.plusSeconds(300).getEpochSecond(), NOW)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anExpiredTokenIsNotKept() {
    assertThat(VerifiedTokens.lifetime(NOW.minusSeconds(1).getEpochSecond(), NOW)).isZero();
  }

  @Test
  void aLongLivedTokenIsVerifiedAgainAfterTenMinutes() {
    assertThat(VerifiedTokens.lifetime(NOW.plus(Duration.ofDays(1)).getEpochSecond(), NOW))
        .isEqualTo(VerifiedTokens.LONGEST).isEqualTo(Duration.ofMinutes(10));
  }
}
