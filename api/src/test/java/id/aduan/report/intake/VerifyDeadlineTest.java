package id.aduan.report.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.security.Caller;
import id.aduan.report.Channel;
import id.aduan.report.Report;
import id.aduan.report.ReportSubmission;
import id.aduan.report.ReportType;
import id.aduan.testing.Keycloak;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verification deadline every new report gets from the writer (ADR 0024): three working days
 * in the city's time zone, on the served holiday calendar. The reports are received at fixed
 * times, so the expected deadlines are written out and counted by hand.
 *
 * <p>October 2026 in Kupang (WITA, UTC+8) has no seeded holidays; this test adds Tuesday 13:
 * <pre>
 *   Mo Tu We Th Fr Sa Su
 *             8  9 10 11
 *   12 13 14 15 16 17 18     13 = the test's day off
 * </pre>
 */
@QuarkusTest
class VerifyDeadlineTest {
  static final String DAY_OFF = "2026-10-13";

  @Inject
  ReportWriter writer;

  @Inject
  AgroalDataSource dataSource;

  @BeforeEach
  void dayOff() {
    // Left behind by an interrupted run, it would make the POST below a 409.
    admin().delete("/api/v1/holidays/{d}", DAY_OFF);
    admin().contentType(ContentType.JSON).body(Map.of("date", DAY_OFF, "name", "Libur uji tenggat", "kind", "LOCAL"))
        .post("/api/v1/holidays").then().statusCode(201);
  }

  @AfterEach
  void noDayOff() {
    admin().delete("/api/v1/holidays/{d}", DAY_OFF).then().statusCode(204);
  }

  @Test
  void threeWorkingDaysAfterTheDayOfReceiptSkippingTheWeekendAndTheDayOff() {
    // Received Fri 9 Oct 10:00. Counted from the next day: Sat 10, Sun 11 (weekend), Mon 12 (1),
    // Tue 13 (day off), Wed 14 (2), Thu 15 (3): due when Thursday ends, Fri 16 00:00 WITA.
    // Ignoring the day off would give Thu 15 00:00.
    assertThat(verifyDueAt(Instant.parse("2026-10-09T02:00:00Z")))
        .isEqualTo(Instant.parse("2026-10-15T16:00:00Z"));
  }

  @Test
  void theDayOfReceiptIsTheCitysDay() {
    // Thu 8 Oct 17:30 UTC is already Fri 9 Oct 01:30 in Kupang: counted from Friday as above
    // (Mon 12, Wed 14, Thu 15), not from Thursday (Fri 9, Mon 12, Wed 14, due Thu 15 00:00 WITA).
    assertThat(verifyDueAt(Instant.parse("2026-10-08T17:30:00Z")))
        .isEqualTo(Instant.parse("2026-10-15T16:00:00Z"));
  }

  @Test
  void receivedOnAWeekendTheCountStartsOnMonday() {
    // Sun 11 Oct 09:00: Mon 12 (1), Tue 13 (day off), Wed 14 (2), Thu 15 (3): Fri 16 00:00 WITA.
    // Received on Mon 12 instead: Wed 14, Thu 15, Fri 16: Sat 17 00:00 WITA.
    assertThat(verifyDueAt(Instant.parse("2026-10-11T01:00:00Z")))
        .isEqualTo(Instant.parse("2026-10-15T16:00:00Z"));
    assertThat(verifyDueAt(Instant.parse("2026-10-12T01:00:00Z")))
        .isEqualTo(Instant.parse("2026-10-16T16:00:00Z"));
  }

  static RequestSpecification admin() {
    return given().auth().oauth2(Keycloak.token("admin1"));
  }

  /** Writes a guest's web report received at {@code receivedAt} and reads back its stored deadline. */
  Instant verifyDueAt(Instant receivedAt) {
    var submission = new ReportSubmission(ReportType.COMPLAINT, "Uji tenggat verifikasi",
        "Laporan uji untuk tenggat verifikasi.", null, null, null, null, false, false);
    Report r = ReportIntakeService.newReport(submission,
        new ReportIntakeService.Intake(Channel.WEB, "id", null, null, true), Caller.GUEST, "pin-hash-uji");
    r.createdAt = receivedAt;
    r.updatedAt = receivedAt;
    try {
      VertxContextSupport.subscribeAndAwait(() -> writer.write(r, Caller.GUEST, null));
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement("select verify_due_at from report where id = ?")) {
        s.setObject(1, r.id);
        try (ResultSet rs = s.executeQuery()) {
          assertThat(rs.next()).isTrue();
          return rs.getObject(1, OffsetDateTime.class).toInstant();
        }
      }
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }
}
