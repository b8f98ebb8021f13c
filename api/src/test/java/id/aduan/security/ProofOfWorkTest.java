package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A guest's report needs a proof of work bound to its Idempotency-Key (ADR 0021); an account's does not. */
@QuarkusTest
@TestProfile(ProofOfWorkTest.TwelveBits.class)
class ProofOfWorkTest {
  static final int BITS = 12;
  static final String HEADER = "X-Proof-Of-Work";

  public static class TwelveBits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("aduan.anti-spam.proof-of-work-bits", Integer.toString(BITS));
    }
  }

  @Inject
  Pool pool;

  /** The stamp as the SPA makes it, found here by brute force (4,096 tries on average). */
  static String stamp(String key, long madeAt) throws Exception {
    for (long nonce = 0; ; nonce++) {
      String n = Long.toString(nonce, 36);
      if (works("aduan:1:" + madeAt + ":" + key + ":" + n)) {
        return "1:" + madeAt + ":" + n;
      }
    }
  }

  static boolean works(String input) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
    // 12 zero bits: the first byte and the high half of the second.
    return d[0] == 0 && (d[1] & 0xf0) == 0;
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  static Response submit(String title, String key, String stamp) {
    var request = given().contentType(ContentType.JSON).body(Reports.submission(title));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    if (stamp != null) {
      request.header(HEADER, stamp);
    }
    return request.post("/api/v1/reports");
  }

  @Test
  void aGuestWithoutAStampIsToldWhatANewOneNeedsAndNothingIsStored() {
    String title = Reports.uniqueTitle("Drainase tersumbat");
    long before = now();
    submit(title, UUID.randomUUID().toString(), null).then().statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:aduan:problem:proof-of-work"))
        .body("violations[0].field", equalTo(HEADER))
        .body("proofOfWork.requiredBits", equalTo(BITS))
        .body("proofOfWork.serverTime", org.hamcrest.Matchers.greaterThanOrEqualTo((int) before));
    submit(title, null, "1:" + now() + ":0").then().statusCode(400)
        .body("violations[0].field", equalTo("Idempotency-Key"));
    submit(title, UUID.randomUUID().toString(), "not-a-stamp").then().statusCode(400)
        .body("violations[0].message", startsWith("must be a stamp"));
    assertThat(Reports.storedWithTitle(pool, title)).isZero();
  }

  @Test
  void aStampBuysOneReportForItsKeyAndIsWorthNothingForAnother() throws Exception {
    String title = Reports.uniqueTitle("Pohon tumbang");
    String key = UUID.randomUUID().toString();
    String stamp = stamp(key, now());
    String id = submit(title, key, stamp).then().statusCode(201).extract().path("id");
    // The offline queue's retry: the same key and stamp return the same report.
    submit(title, key, stamp).then().statusCode(201).body("id", equalTo(id));
    // Another key, for which this stamp happens not to work (checked here, so the test never flakes).
    String other = UUID.randomUUID().toString();
    while (works("aduan:" + stamp.replaceFirst(":([^:]+)$", ":" + other + ":$1"))) {
      other = UUID.randomUUID().toString();
    }
    submit(title, other, stamp).then().statusCode(400)
        .body("violations[0].message", equalTo("does not carry enough work for this Idempotency-Key"));
    assertThat(Reports.storedWithTitle(pool, title)).isEqualTo(1);
  }

  @Test
  void aStaleOrFutureStampIsRefusedInTheReportersLanguage() throws Exception {
    String title = Reports.uniqueTitle("Air PDAM keruh");
    String key = UUID.randomUUID().toString();
    submit(title, key, stamp(key, now() - 25 * 3600)).then().statusCode(400)
        .body("violations[0].message", startsWith("has expired"));
    given().contentType(ContentType.JSON).body(Reports.submission(title))
        .header("Idempotency-Key", key).header(HEADER, stamp(key, now() + 3600)).header("Accept-Language", "id")
        .post("/api/v1/reports")
        .then().statusCode(400)
        .body("violations[0].message", startsWith("dibuat di masa depan"))
        .body("proofOfWork.requiredBits", equalTo(BITS));
    // Made again with the server's time, the same key goes through.
    submit(title, key, stamp(key, now() - 60)).then().statusCode(201);
    assertThat(Reports.storedWithTitle(pool, title)).isEqualTo(1);
  }

  @Test
  void aCitizenNeedsNoStamp() {
    String title = Reports.uniqueTitle("Jalan rusak");
    given().auth().oauth2(Keycloak.token("warga1")).contentType(ContentType.JSON)
        .body(Reports.submission(title)).post("/api/v1/reports")
        .then().statusCode(201);
    assertThat(Reports.storedWithTitle(pool, title)).isEqualTo(1);
  }
}
