package id.aduan.report.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.holiday.WorkingCalendar;
import id.aduan.testing.Agencies;
import id.aduan.testing.Contract;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines in working days, the paused clock, automatic closing and escalation. */
@QuarkusTest
class DeadlineTest {
  static final ZoneId CITY = ZoneId.of("Asia/Makassar");

  @Inject
  DeadlineService deadlines;

  @Inject
  AgroalDataSource dataSource;

  static JsonPath step(String user, String id, String step, Object body) {
    return given().filter(Contract.filter()).auth().oauth2(Keycloak.token(user)).contentType(ContentType.JSON)
        .body(body).post("/api/v1/reports/{id}/" + step, id).then().statusCode(200).extract().jsonPath();
  }

  static JsonPath report(String id) {
    return given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
        .extract().jsonPath();
  }

  static String submit() {
    return given().contentType(ContentType.JSON).body(Reports.submission()).post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
  }

  /** The calendar as the API serves it, for computing the expected deadlines. */
  static WorkingCalendar calendar() {
    Set<LocalDate> days = new HashSet<>();
    int year = LocalDate.now(CITY).getYear();
    for (int y = year - 1; y <= year + 1; y++) {
      List<String> dates = given().auth().oauth2(Keycloak.token("admin1")).queryParam("year", y).queryParam("size", 100)
          .get("/api/v1/holidays").then().statusCode(200).extract().path("items.date");
      dates.forEach(d -> days.add(LocalDate.parse(d)));
    }
    return new WorkingCalendar(CITY, days);
  }

  static Instant eventTime(String id, String type) {
    List<Map<String, Object>> items = given().auth().oauth2(Keycloak.token("admin1")).queryParam("size", 100)
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

  /** Runs the job until it has done all there is to do at {@code now} (it works in batches). */
  void runUntilDone(Instant now) {
    for (int i = 0; i < 20; i++) {
      var outcome = run(now);
      if (outcome.closed() + outcome.escalated() == 0) {
        return;
      }
    }
  }

  @Test
  void submissionGetsThreeWorkingDaysToBeForwarded() {
    String id = submit();
    Instant submitted = eventTime(id, "SUBMITTED");
    assertThat(Instant.parse(report(id).getString("verifyDueAt"))).isEqualTo(calendar().dueAfter(submitted, 3));
  }

  @Test
  void resolvedReportClosesByItselfAfterTenWorkingDaysCountedAcrossAHoliday() {
    // A day off on the next working day: the automatic close moves one working day later.
    LocalDate dayOff = LocalDate.now(CITY).plusDays(1);
    while (!calendar().isWorkingDay(dayOff)) {
      dayOff = dayOff.plusDays(1);
    }
    String admin = Keycloak.token("admin1");
    given().auth().oauth2(admin).contentType(ContentType.JSON)
        .body(Map.of("date", dayOff.toString(), "name", "Libur uji", "kind", "LOCAL"))
        .post("/api/v1/holidays").then().statusCode(201);
    try {
      String agency = Agencies.create("Dinas Tenggat", null, true);
      Officers.place(Officers.PETUGAS1, "Petugas Satu", agency, true);
      String id = submit();
      step("admin1", id, "verification", Map.of());
      step("admin1", id, "forwards", Map.of("agencyId", agency));
      step("petugas1", id, "follow-ups", Map.of("message", "Ditinjau."));
      JsonPath resolved = step("petugas1", id, "resolution", Map.of("resolution", "Selesai."));

      Instant resolvedAt = eventTime(id, "RESOLVED");
      WorkingCalendar cal = calendar();
      Instant closeDue = Instant.parse(resolved.getString("closeDueAt"));
      assertThat(closeDue).isEqualTo(cal.dueAfter(resolvedAt, 10));
      Set<LocalDate> withoutDayOff = new HashSet<>();
      assertThat(closeDue).isAfter(new WorkingCalendar(CITY, withoutDayOff).dueAfter(resolvedAt, 10)
          .minusSeconds(1));

      runUntilDone(closeDue.minusSeconds(1));
      assertThat(report(id).getString("status")).isEqualTo("RESOLVED");
      runUntilDone(closeDue.plusSeconds(1));
      JsonPath closed = report(id);
      assertThat(closed.getString("status")).isEqualTo("CLOSED");
      assertThat(closed.getString("closeDueAt")).isNull();
      given().auth().oauth2(admin).queryParam("size", 100).get("/api/v1/reports/{id}/events", id).then()
          .body("items[-1].type", equalTo("CLOSED"))
          .body("items[-1].actorRole", equalTo("system"))
          .body("items[-1].details.automatic", equalTo(true));
    } finally {
      given().auth().oauth2(admin).delete("/api/v1/holidays/{d}", dayOff.toString()).then().statusCode(204);
    }
  }

  @Test
  void missedFollowUpEscalatesToTheHeadThenToTheParentAgency() {
    String parent = Agencies.create("Dinas Induk", null, true);
    String unit = Agencies.create("UPT Anak", parent, true);
    String id = submit();
    step("admin1", id, "verification", Map.of());
    JsonPath forwarded = step("admin1", id, "forwards", Map.of("agencyId", unit));
    Instant due = Instant.parse(forwarded.getString("followUpDueAt"));
    assertThat(forwarded.getString("verifyDueAt")).isNull();

    runUntilDone(due.plusSeconds(1));
    JsonPath late = report(id);
    assertThat(late.getBoolean("overdue")).isTrue();
    assertThat(late.getInt("escalationLevel")).isEqualTo(1);

    runUntilDone(calendar().dueAfter(due, 2).plusSeconds(1));
    assertThat(report(id).getInt("escalationLevel")).isEqualTo(2);
    given().auth().oauth2(Keycloak.token("admin1")).queryParam("size", 100).get("/api/v1/reports/{id}/events", id)
        .then()
        .body("items.findAll { it.type == 'ESCALATED' }.details.level", org.hamcrest.Matchers.contains(1, 2))
        .body("items.findAll { it.type == 'ESCALATED' }[1].details.parentAgencyId", equalTo(parent))
        .body("items.findAll { it.type == 'ESCALATED' }[0].details.deadline", equalTo("FOLLOW_UP"));
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
    String key = java.util.UUID.randomUUID().toString();
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
