package id.aduan.report.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.testing.Agencies;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines in working days, the paused clock, automatic closing and escalation. The job is given
 * the time, so escalation runs on fixed days counted by hand below; deadlines set when someone
 * acts are set on the real clock, and checked against the served calendar one day at a time.
 * The verification deadline of a new report, on fixed days: VerifyDeadlineTest.
 *
 * <p>October 2026 in Kupang (WITA, UTC+8) has no seeded holidays; the escalation test adds
 * Tuesday 13:
 * <pre>
 *   Mo Tu We Th Fr Sa Su
 *             8  9 10 11
 *   12 13 14 15 16 17 18     13 = the test's day off
 * </pre>
 */
@QuarkusTest
class DeadlineTest {
  static final ZoneId CITY = ZoneId.of("Asia/Makassar");
  static final LocalDate OCTOBER_DAY_OFF = LocalDate.parse("2026-10-13");

  @Inject
  DeadlineService deadlines;

  @Inject
  AgroalDataSource dataSource;

  static RequestSpecification admin() {
    return given().auth().oauth2(Keycloak.token("admin1"));
  }

  static JsonPath step(String user, String id, String step, Object body) {
    return given().auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON)
        .body(body).post("/api/v1/reports/{id}/" + step, id).then().statusCode(200).extract().jsonPath();
  }

  static JsonPath report(String id) {
    return admin().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  static String submit() {
    return given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
  }

  /** A time of day in Kupang. */
  static Instant wita(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(CITY).toInstant();
  }

  static void addDayOff(LocalDate day) {
    // Left behind by an interrupted run, it would make the POST a 409.
    admin().delete("/api/v1/holidays/{d}", day.toString());
    admin().contentType(ContentType.JSON).body(Map.of("date", day.toString(), "name", "Libur uji", "kind", "LOCAL"))
        .post("/api/v1/holidays").then().statusCode(201);
  }

  static void removeDayOff(LocalDate day) {
    admin().delete("/api/v1/holidays/{d}", day.toString()).then().statusCode(204);
  }

  /** The days off the API serves this year and the next (a count from December crosses New Year). */
  static Set<LocalDate> servedDaysOff() {
    Set<LocalDate> days = new HashSet<>();
    int year = LocalDate.now(CITY).getYear();
    for (int y = year; y <= year + 1; y++) {
      List<String> dates = admin().queryParam("year", y).queryParam("size", 100).get("/api/v1/holidays").then()
          .statusCode(200).extract().path("items.date");
      dates.forEach(d -> days.add(LocalDate.parse(d)));
    }
    return days;
  }

  static boolean isWorkingDay(LocalDate day, Set<LocalDate> daysOff) {
    return day.getDayOfWeek().getValue() <= 5 && !daysOff.contains(day);
  }

  /**
   * For a deadline set on the real clock, whose day cannot be written out: {@code due} is the
   * end (the next midnight in Kupang) of the {@code n}-th working day after the day of
   * {@code from}, counted here one day at a time.
   */
  static void assertWorkingDaysAfter(Instant from, Instant due, int n, Set<LocalDate> daysOff) {
    LocalDate lastDay = due.atZone(CITY).toLocalDate().minusDays(1);
    assertThat(due).as("a deadline ends at midnight in Kupang").isEqualTo(lastDay.plusDays(1).atStartOfDay(CITY)
        .toInstant());
    List<LocalDate> counted = from.atZone(CITY).toLocalDate().plusDays(1).datesUntil(lastDay.plusDays(1))
        .filter(d -> isWorkingDay(d, daysOff)).toList();
    assertThat(counted).as("working days from %s to %s", from, due).hasSize(n).endsWith(lastDay);
  }

  static Instant eventTime(String id, String type) {
    List<Map<String, Object>> items = admin().queryParam("size", 100)
        .get("/api/v1/reports/{id}/events", id).then().extract().path("items");
    return items.stream().filter(e -> type.equals(e.get("type"))).map(e -> Instant.parse((String) e.get("at")))
        .reduce((a, b) -> b).orElseThrow();
  }

  /** One run of the job, on a Vert.x context as the scheduler would call it. */
  DeadlineService.Outcome run(Instant now) {
    try {
      return VertxContextSupport.subscribeAndAwait(() -> deadlines.run(now));
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Runs the job until it has seen all there is to do at {@code now}: it works in batches, and a
   * batch short of full was the last (late reports it leaves at level 1 count in every batch).
   */
  void runUntilDone(Instant now) {
    for (int i = 0; i < 20; i++) {
      var outcome = run(now);
      if (outcome.closed() < DeadlineService.BATCH && outcome.escalated() < DeadlineService.BATCH) {
        return;
      }
    }
  }

  @Test
  void submissionGetsThreeWorkingDaysToBeForwarded() {
    String id = submit();
    assertWorkingDaysAfter(eventTime(id, "SUBMITTED"), Instant.parse(report(id).getString("verifyDueAt")), 3,
        servedDaysOff());
  }

  @Test
  void resolvedReportClosesByItselfAfterTenWorkingDaysCountedAcrossAHoliday() {
    // A day off on the next working day: the automatic close moves one working day later.
    Set<LocalDate> daysOff = servedDaysOff();
    LocalDate dayOff = LocalDate.now(CITY).plusDays(1);
    while (!isWorkingDay(dayOff, daysOff)) {
      dayOff = dayOff.plusDays(1);
    }
    addDayOff(dayOff);
    daysOff.add(dayOff);
    try {
      String agency = Agencies.create("Dinas Tenggat", null, true);
      Officers.place(Officers.PETUGAS1, "Petugas Satu", agency, true);
      String id = submit();
      step("admin1", id, "verification", Map.of());
      step("admin1", id, "forwards", Map.of("agencyId", agency));
      step("petugas1", id, "follow-ups", Map.of("message", "Ditinjau."));
      JsonPath resolved = step("petugas1", id, "resolution", Map.of("resolution", "Selesai."));

      Instant resolvedAt = eventTime(id, "RESOLVED");
      Instant closeDue = Instant.parse(resolved.getString("closeDueAt"));
      // Exactly: with the day off ignored, the tenth working day would be one earlier.
      assertWorkingDaysAfter(resolvedAt, closeDue, 10, daysOff);
      assertThat(dayOff).isAfter(resolvedAt.atZone(CITY).toLocalDate()).isBefore(closeDue.atZone(CITY).toLocalDate());

      runUntilDone(closeDue.minusSeconds(1));
      assertThat(report(id).getString("status")).isEqualTo("RESOLVED");
      runUntilDone(closeDue);
      JsonPath closed = report(id);
      assertThat(closed.getString("status")).isEqualTo("CLOSED");
      assertThat(closed.getString("closeDueAt")).isNull();
      admin().queryParam("size", 100).get("/api/v1/reports/{id}/events", id).then()
          .body("items[-1].type", equalTo("CLOSED"))
          .body("items[-1].actorRole", equalTo("system"))
          .body("items[-1].details.automatic", equalTo(true));
    } finally {
      removeDayOff(dayOff);
    }
  }

  @Test
  void missedFollowUpEscalatesToTheHeadThenToTheParentAgency() throws Exception {
    String parent = Agencies.create("Dinas Induk", null, true);
    String unit = Agencies.create("UPT Anak", parent, true);
    String id = submit();
    step("admin1", id, "verification", Map.of());
    JsonPath forwarded = step("admin1", id, "forwards", Map.of("agencyId", unit));
    assertThat(forwarded.getString("followUpDueAt")).isNotNull();
    assertThat(forwarded.getString("verifyDueAt")).isNull();
    // The follow-up deadline moved to a fixed day: Thu 8 October 2026 ends it (due Fri 9 00:00 WITA).
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("update report set follow_up_due_at = ? where id = ?")) {
      s.setObject(1, wita("2026-10-09T00:00").atOffset(ZoneOffset.UTC));
      s.setObject(2, UUID.fromString(id));
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    addDayOff(OCTOBER_DAY_OFF);
    try {
      runUntilDone(wita("2026-10-08T23:59:59"));
      assertThat(report(id).getInt("escalationLevel")).isZero();
      assertThat(report(id).getBoolean("overdue")).isFalse();

      // Late from Fri 9 00:00: the agency head hears of it.
      runUntilDone(wita("2026-10-09T00:00"));
      JsonPath late = report(id);
      assertThat(late.getBoolean("overdue")).isTrue();
      assertThat(late.getInt("escalationLevel")).isEqualTo(1);

      // The parent agency, two working days after the day the deadline fell due (Fri 9): Sat 10,
      // Sun 11 (weekend), Mon 12 (1), Tue 13 (day off), Wed 14 (2): from Thu 15 00:00 WITA.
      // Ignoring the day off would give Wed 14 00:00.
      runUntilDone(wita("2026-10-14T23:59:59"));
      assertThat(report(id).getInt("escalationLevel")).isEqualTo(1);
      runUntilDone(wita("2026-10-15T00:00"));
      assertThat(report(id).getInt("escalationLevel")).isEqualTo(2);
    } finally {
      removeDayOff(OCTOBER_DAY_OFF);
    }
    admin().queryParam("size", 100).get("/api/v1/reports/{id}/events", id).then()
        .body("items.findAll { it.type == 'ESCALATED' }.details.level", org.hamcrest.Matchers.contains(1, 2))
        .body("items.findAll { it.type == 'ESCALATED' }[1].details.parentAgencyId", equalTo(parent))
        .body("items.findAll { it.type == 'ESCALATED' }[0].details.deadline", equalTo("FOLLOW_UP"))
        .body("items.findAll { it.type == 'ESCALATED' }[0].details.dueAt", equalTo("2026-10-08T16:00:00Z"));
  }

  @Test
  void holdStopsTheClock() {
    String id = submit();
    Instant due = Instant.parse(report(id).getString("verifyDueAt"));
    step("admin1", id, "hold", Map.of("message", "Mohon lengkapi alamatnya."));
    runUntilDone(due.plusSeconds(86_400L * 30));
    JsonPath held = report(id);
    assertThat(held.getString("status")).isEqualTo("ON_HOLD");
    assertThat(held.getBoolean("overdue")).isFalse();
    assertThat(held.getInt("escalationLevel")).isZero();
    // Resumed the same day, the report has the working days it had left when put on hold.
    JsonPath resumed = step("admin1", id, "verification", Map.of());
    assertThat(Instant.parse(resumed.getString("verifyDueAt"))).isEqualTo(due);
  }

  @Test
  void anotherInstanceHoldingTheLockMakesThisRunSkip() throws Exception {
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (var lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
        lock.setLong(1, DeadlineService.LOCK_KEY);
        lock.execute();
      }
      assertThat(run(Instant.now()).skipped()).isTrue();
      other.rollback();
    }
    assertThat(run(Instant.now()).skipped()).isFalse();
  }

  @Test
  void idempotencyKeysAreForgottenAfterADay() {
    String key = UUID.randomUUID().toString();
    String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Reports.submission())
        .post("/api/v1/reports").then().statusCode(201).extract().path("id");
    run(Instant.now().plusSeconds(3_600));
    assertThat((String) given().header("Idempotency-Key", key).contentType(ContentType.JSON)
        .body(Reports.submission()).post("/api/v1/reports").then().statusCode(201).extract().path("id"))
        .isEqualTo(first);
    run(Instant.now().plus(java.time.Duration.ofDays(2)));
    assertThat((String) given().header("Idempotency-Key", key).contentType(ContentType.JSON)
        .body(Reports.submission()).post("/api/v1/reports").then().statusCode(201).extract().path("id"))
        .isNotEqualTo(first);
  }
}
