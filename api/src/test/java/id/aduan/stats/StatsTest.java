package id.aduan.stats;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.aduan.report.ReportFactsBackfill;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the statistics on a small dataset whose values are worked out by hand below.
 * The reports and their events are written as the API would have written them, then the facts
 * are built from the events by the backfill, so the fold and the queries are both checked.
 *
 * <p>June 2026 in Kupang (WITA): Mon 1 and Tue 16 are holidays; May 14 and 15 too. A duration
 * counts the whole working days after the start day that are over at the end.
 */
@QuarkusTest
class StatsTest {
  static final ZoneId CITY = ZoneId.of("Asia/Makassar");
  static final String JUNE = "from=2026-06-01&to=2026-06-30";

  @Inject
  AgroalDataSource dataSource;

  @Inject
  ReportFactsBackfill backfill;

  UUID category;
  String categoryCode;
  UUID parent;
  UUID unit1;
  UUID unit2;
  String kec1;
  String kec2;
  String codeA;
  String codeD;
  String codeF;
  String codeG;

  /** 10:00 in Kupang on a day of 2026. */
  static OffsetDateTime at(String monthDay) {
    return LocalDateTime.parse("2026-" + monthDay + "T10:00").atZone(CITY).toOffsetDateTime();
  }

  static OffsetDateTime at(String monthDay, int hour) {
    return at(monthDay).withHour(hour);
  }

  @BeforeEach
  void dataset() throws Throwable {
    // Fresh dimensions per test: other tests' reports never share them.
    category = UUID.randomUUID();
    parent = UUID.randomUUID();
    unit1 = UUID.randomUUID();
    unit2 = UUID.randomUUID();
    int n = ThreadLocalRandom.current().nextInt(100, 999);
    kec1 = "99." + n + ".01";
    kec2 = "99." + n + ".02";
    try (Connection c = dataSource.getConnection()) {
      categoryCode = "ST" + n + ThreadLocalRandom.current().nextInt(1000);
      exec(c, "INSERT INTO category (id, code, name, created_at, updated_at) VALUES (?, ?, 'Uji statistik', now(), now())",
          category, categoryCode);
      exec(c, "INSERT INTO agency (id, code, name, created_at, updated_at) VALUES (?, ?, 'Induk uji', now(), now())",
          parent, "SP" + n + ThreadLocalRandom.current().nextInt(1000));
      exec(c, "INSERT INTO agency (id, code, name, parent_id, created_at, updated_at) VALUES (?, ?, 'Unit satu', ?, now(), now())",
          unit1, "S1" + n + ThreadLocalRandom.current().nextInt(1000), parent);
      exec(c, "INSERT INTO agency (id, code, name, parent_id, created_at, updated_at) VALUES (?, ?, 'Unit dua', ?, now(), now())",
          unit2, "S2" + n + ThreadLocalRandom.current().nextInt(1000), parent);

      // A: verify 1 (met), follow-up 2 (met), resolution 6, rated 5.
      codeA = report(c, "CLOSED", at("06-02"), unit1, kec1, false, (short) 5, false, null, null,
          ev("SUBMITTED", at("06-02"), null, "SUBMITTED"), ev("VERIFIED", at("06-03"), "SUBMITTED", "VERIFIED"),
          ev("FORWARDED", at("06-04"), "VERIFIED", "FORWARDED"), ev("FOLLOWED_UP", at("06-09"), "FORWARDED", "IN_PROGRESS"),
          ev("RESOLVED", at("06-11"), "IN_PROGRESS", "RESOLVED"), ev("CONFIRMED", at("06-12"), "RESOLVED", "CLOSED"));
      // B: on hold Jun 3 15:00 to Jun 8 (2 working days: 4, 5); verify 6 - 2 = 4 (late);
      // follow-up Jun 12 -> 22 = 4 (15, 17, 18, 19; met); resolution 13 - 2 = 11; disputed.
      report(c, "IN_PROGRESS", at("06-03"), unit1, kec1, true, null, false, null, null,
          ev("SUBMITTED", at("06-03"), null, "SUBMITTED"), ev("HELD", at("06-03", 15), "SUBMITTED", "ON_HOLD"),
          ev("MESSAGE_POSTED", at("06-08"), "ON_HOLD", "SUBMITTED"), ev("VERIFIED", at("06-09"), "SUBMITTED", "VERIFIED"),
          ev("FORWARDED", at("06-12"), "VERIFIED", "FORWARDED"), ev("FOLLOWED_UP", at("06-22"), "FORWARDED", "IN_PROGRESS"),
          ev("RESOLVED", at("06-24"), "IN_PROGRESS", "RESOLVED"), ev("DISPUTED", at("06-25"), "RESOLVED", "IN_PROGRESS"));
      // C: archived the same day: verify 0 (met); no agency.
      report(c, "ARCHIVED", at("06-08"), null, kec1, false, null, false, null, null,
          ev("SUBMITTED", at("06-08"), null, "SUBMITTED"), ev("ARCHIVED", at("06-08", 11), "SUBMITTED", "ARCHIVED"));
      // D: forwarded the same day (verify 0, met), never followed up: its deadline has passed.
      codeD = report(c, "FORWARDED", at("06-09"), unit1, kec1, false, null, false, null, at("06-18", 0),
          ev("SUBMITTED", at("06-09"), null, "SUBMITTED"), ev("VERIFIED", at("06-09", 11), "SUBMITTED", "VERIFIED"),
          ev("FORWARDED", at("06-09", 12), "VERIFIED", "FORWARDED"));
      // E: never verified: its deadline has passed.
      report(c, "SUBMITTED", at("06-10"), null, kec2, false, null, false, at("06-16", 0), null,
          ev("SUBMITTED", at("06-10"), null, "SUBMITTED"));
      // F: verify 0 (met); follow-up Jun 11 -> 22 = 5 (12, 15, 17, 18, 19; late); resolution 6; closed unrated.
      codeF = report(c, "CLOSED", at("06-11"), unit2, kec2, false, null, false, null, null,
          ev("SUBMITTED", at("06-11"), null, "SUBMITTED"), ev("VERIFIED", at("06-11", 10), "SUBMITTED", "VERIFIED"),
          ev("FORWARDED", at("06-11", 11), "VERIFIED", "FORWARDED"), ev("FOLLOWED_UP", at("06-22"), "FORWARDED", "IN_PROGRESS"),
          ev("RESOLVED", at("06-23"), "IN_PROGRESS", "RESOLVED"), ev("CLOSED", at("06-30"), "RESOLVED", "CLOSED"));
      // G (confidential): verify Fri 12 -> Mon 15 = 0; follow-up across the holiday on the 16th = 0;
      // resolution 2 (15, 17); rated 3.
      codeG = report(c, "CLOSED", at("06-12"), unit2, kec2, false, (short) 3, true, null, null,
          ev("SUBMITTED", at("06-12"), null, "SUBMITTED"), ev("VERIFIED", at("06-12", 11), "SUBMITTED", "VERIFIED"),
          ev("FORWARDED", at("06-15"), "VERIFIED", "FORWARDED"), ev("FOLLOWED_UP", at("06-17"), "FORWARDED", "IN_PROGRESS"),
          ev("RESOLVED", at("06-18"), "IN_PROGRESS", "RESOLVED"), ev("CONFIRMED", at("06-19"), "RESOLVED", "CLOSED"));
      // H, in May (the previous period): all within 0 days around the Ascension holidays; resolution 2; rated 4.
      report(c, "CLOSED", at("05-12"), unit1, kec1, false, (short) 4, false, null, null,
          ev("SUBMITTED", at("05-12"), null, "SUBMITTED"), ev("VERIFIED", at("05-12", 11), "SUBMITTED", "VERIFIED"),
          ev("FORWARDED", at("05-13"), "VERIFIED", "FORWARDED"), ev("FOLLOWED_UP", at("05-18"), "FORWARDED", "IN_PROGRESS"),
          ev("RESOLVED", at("05-19"), "IN_PROGRESS", "RESOLVED"), ev("CONFIRMED", at("05-20"), "RESOLVED", "CLOSED"));
    }
    VertxContextSupport.subscribeAndAwait(() -> backfill.run());
  }

  record Ev(String type, OffsetDateTime at, String from, String to) {}

  static Ev ev(String type, OffsetDateTime at, String from, String to) {
    return new Ev(type, at, from, to);
  }

  private String report(Connection c, String status, OffsetDateTime created, UUID agency, String kecamatan,
      boolean reopened, Short rating, boolean confidential, OffsetDateTime verifyDue, OffsetDateTime followUpDue,
      Ev... events) throws SQLException {
    UUID id = UUID.randomUUID();
    StringBuilder code = new StringBuilder("Q");
    while (code.length() < 8) {
      code.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".charAt(ThreadLocalRandom.current().nextInt(32)));
    }
    exec(c, "INSERT INTO report (id, tracking_code, type, status, title, description, channel, reporter_subject,"
            + " created_at, updated_at, category_id, current_agency_id, kecamatan_code, reopened, rating, confidential,"
            + " verify_due_at, follow_up_due_at) VALUES (?, ?, 'COMPLAINT', ?, ?, 'Laporan uji statistik.', 'WEB',"
            + " 'stats-test', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, code.toString(), status, "Uji " + code, created, events[events.length - 1].at(), category, agency, kecamatan, reopened,
        rating, confidential, verifyDue, followUpDue);
    int seq = 1;
    for (Ev e : events) {
      exec(c, "INSERT INTO report_event (report_id, seq, type, at, actor_role, from_status, to_status)"
          + " VALUES (?, ?, ?, ?, 'admin', ?, ?)", id, seq++, e.type(), e.at(), e.from(), e.to());
    }
    return code.toString();
  }

  private static void exec(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }

  ValidatableResponse get(String user, String path) {
    var request = given();
    if (user != null) {
      request = request.auth().oauth2(Keycloak.token(user));
    }
    return request.get(path).then();
  }

  @Test
  void summaryMatchesTheHandWorkedFigures() {
    var s = get("admin1", "/api/v1/stats/summary?" + JUNE + "&categoryId=" + category).statusCode(200).extract()
        .jsonPath();
    assertThat(s.getString("previousPeriod.from")).isEqualTo("2026-05-02");
    assertThat(s.getString("previousPeriod.to")).isEqualTo("2026-05-31");
    assertThat(s.getInt("current.received")).isEqualTo(7);
    assertThat(s.getMap("current.byStatus")).containsEntry("CLOSED", 3).containsEntry("IN_PROGRESS", 1)
        .containsEntry("ARCHIVED", 1).containsEntry("FORWARDED", 1).containsEntry("SUBMITTED", 1)
        .containsEntry("ON_HOLD", 0).containsEntry("VERIFIED", 0).containsEntry("RESOLVED", 0);
    // verify: 1, 4, 0, 0, 0, 0 -> sorted 0 0 0 0 1 4: median the 3rd (0), p90 the 6th (4).
    assertThat(s.getMap("current.durations.verify")).containsEntry("count", 6).containsEntry("median", 0)
        .containsEntry("p90", 4);
    // follow-up: 2, 4, 5, 0 -> 0 2 4 5: median the 2nd (2), p90 the 4th (5).
    assertThat(s.getMap("current.durations.followUp")).containsEntry("count", 4).containsEntry("median", 2)
        .containsEntry("p90", 5);
    // resolution: 6, 11, 6, 2 -> 2 6 6 11.
    assertThat(s.getMap("current.durations.resolution")).containsEntry("count", 4).containsEntry("median", 6)
        .containsEntry("p90", 11);
    // verify met: A C D F G; late: B; overdue: E. Follow-up met: A B G; late: F; overdue: D.
    assertThat(s.getMap("current.deadlines.verify")).containsEntry("met", 5).containsEntry("late", 1)
        .containsEntry("overdue", 1).containsEntry("share", 0.7143f);
    assertThat(s.getMap("current.deadlines.followUp")).containsEntry("met", 3).containsEntry("late", 1)
        .containsEntry("overdue", 1).containsEntry("share", 0.6f);
    // reopened: B of the 4 ever resolved (A B F G).
    assertThat(s.getInt("current.reopened")).isEqualTo(1);
    assertThat(s.getFloat("current.reopenRate")).isEqualTo(0.25f);
    // Closed: A F G; rated A (5) and G (3).
    assertThat(s.getMap("current.satisfaction")).containsEntry("responses", 2).containsEntry("closed", 3)
        .containsEntry("responseRate", 0.6667f).containsEntry("mean", 4.0f);
    assertThat(s.getList("current.satisfaction.distribution")).containsExactly(0, 0, 1, 0, 1);

    assertThat(s.getInt("previous.received")).isEqualTo(1);
    assertThat(s.getMap("previous.durations.resolution")).containsEntry("median", 2).containsEntry("p90", 2);
    assertThat(s.getMap("previous.deadlines.followUp")).containsEntry("met", 1).containsEntry("share", 1.0f);
    assertThat(s.getFloat("previous.reopenRate")).isEqualTo(0.0f);
    assertThat(s.getList("previous.satisfaction.distribution")).containsExactly(0, 0, 0, 1, 0);
  }

  @Test
  void seriesCountsReceivedAndResolvedPerWeekIncludingEmptyWeeks() {
    get("admin1", "/api/v1/stats/series?" + JUNE + "&interval=week&categoryId=" + category).statusCode(200)
        .body("items.start", contains("2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22", "2026-06-29"))
        .body("items.received", contains(2, 5, 0, 0, 0))
        // Resolved: A on the 11th, G the 18th, F the 23rd and B the 24th.
        .body("items.resolved", contains(0, 1, 1, 2, 0));
  }

  @Test
  void rankingFollowsTheDocumentedScore() {
    // Unit two: follow-up 1/2, resolution 2/2, satisfaction (3-1)/4, reopen 0/2:
    //   100 * (0.4*0.5 + 0.3*1 + 0.2*0.5 + 0.1*1) = 70.0
    // Unit one: follow-up 2/3 (D overdue), resolution 1/3, satisfaction (5-1)/4, reopen 1/2:
    //   100 * (0.4*2/3 + 0.3/3 + 0.2*1 + 0.1*0.5) = 61.7
    get("admin1", "/api/v1/stats/agencies?" + JUNE + "&categoryId=" + category).statusCode(200)
        .body("items.agency.id", contains(unit2.toString(), unit1.toString()))
        .body("items.rank", contains(1, 2))
        .body("items.score", contains(70.0f, 61.7f))
        .body("items[1].received", equalTo(3)).body("items[1].resolved", equalTo(1))
        .body("nextCursor", nullValue());
    var first = get("admin1", "/api/v1/stats/agencies?" + JUNE + "&size=1&categoryId=" + category).statusCode(200)
        .body("items.rank", contains(1)).extract().path("nextCursor");
    get("admin1", "/api/v1/stats/agencies?" + JUNE + "&size=1&categoryId=" + category + "&cursor=" + first)
        .statusCode(200).body("items.agency.id", contains(unit1.toString()));
  }

  @Test
  void backlogHotspotsAndAgencySubtrees() {
    // Open now: B (in progress), D (forwarded, late) and E (submitted, late), all received in June.
    get("admin1", "/api/v1/stats/backlog?categoryId=" + category).statusCode(200)
        .body("items.bucket", contains("0-7", "8-30", "31-90", "91+"))
        .body("items.open", contains(0, 0, 0, 3)).body("items.overdue", contains(0, 0, 0, 2));
    get("admin1", "/api/v1/stats/hotspots?" + JUNE + "&categoryId=" + category).statusCode(200)
        .body("items.areaCode", contains(kec1, kec2)).body("items.received", contains(4, 3))
        .body("items.previous", contains(1, 0));
    // The agency's subtree alone: durations from the monthly rollup of June. Verify A1 B4 D0 F0 G0;
    // follow-up A2 B4 F5 G0; resolution A6 B11 F6 G2.
    get("admin1", "/api/v1/stats/summary?" + JUNE + "&agencyId=" + parent).statusCode(200)
        .body("current.received", equalTo(5))
        .body("current.durations.verify.median", equalTo(0)).body("current.durations.verify.p90", equalTo(4))
        .body("current.durations.followUp.median", equalTo(2)).body("current.durations.followUp.p90", equalTo(5))
        .body("current.durations.resolution.median", equalTo(6)).body("current.durations.resolution.p90", equalTo(11))
        .body("current.deadlines.followUp.overdue", equalTo(1))
        .body("previous.received", equalTo(1)).body("previous.durations.resolution.median", equalTo(2));
    get("admin1", "/api/v1/stats/summary?" + JUNE + "&categoryId=" + category + "&agencyId=" + parent
        + "&subAgencies=false").statusCode(200).body("current.received", equalTo(0));
    get("admin1", "/api/v1/stats/summary?" + JUNE + "&categoryId=" + category + "&areaCode=" + kec2)
        .statusCode(200).body("current.received", equalTo(3));
  }

  @Test
  void drillDownListsTheReportsBehindANumber() {
    get("admin1", "/api/v1/stats/reports?" + JUNE + "&categoryId=" + category + "&deadline=followUp&deadlineState=late")
        .statusCode(200).body("items.trackingCode", contains(codeF));
    get("admin1", "/api/v1/stats/reports?" + JUNE + "&categoryId=" + category + "&deadline=followUp&deadlineState=overdue")
        .statusCode(200).body("items.trackingCode", contains(codeD));
    String next = get("admin1", "/api/v1/stats/reports?" + JUNE + "&categoryId=" + category + "&status=CLOSED&size=2")
        .statusCode(200).body("items.trackingCode", contains(codeG, codeF)).extract().path("nextCursor");
    get("admin1", "/api/v1/stats/reports?" + JUNE + "&categoryId=" + category + "&status=CLOSED&size=2&cursor=" + next)
        .statusCode(200).body("items.trackingCode", contains(codeA)).body("nextCursor", nullValue());
    get("admin1", "/api/v1/stats/reports?" + JUNE + "&basis=resolved&categoryId=" + category + "&rating=5")
        .statusCode(200).body("items.trackingCode", contains(codeA));
  }

  @Test
  void everyStatisticComesAsCsvAndTheReportsAsAStream() {
    String summary = given().auth().oauth2(Keycloak.token("admin1")).accept("text/csv")
        .get("/api/v1/stats/summary?" + JUNE + "&categoryId=" + category).then().statusCode(200)
        .header("Content-Disposition", "attachment; filename=\"aduan-summary-2026-06-01_2026-06-30.csv\"")
        .extract().asString();
    assertThat(summary).startsWith("period,from,to,metric,value\r\n")
        .contains("current,2026-06-01,2026-06-30,received,7\r\n")
        .contains("current,2026-06-01,2026-06-30,deadline.verify.share,0.7143\r\n")
        .contains("previous,2026-05-02,2026-05-31,received,1\r\n");
    String csv = given().auth().oauth2(Keycloak.token("admin1")).accept("text/csv")
        .get("/api/v1/stats/reports?" + JUNE + "&categoryId=" + category + "&deadline=followUp&deadlineState=late")
        .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo(StatsReports.HEADER.strip());
    assertThat(lines.get(1)).startsWith(codeF + ",").contains(",5,false,6,false,,false");
    assertThat(csv).doesNotContain("stats-test");
  }

  @Test
  void accessFollowsRolesAndAgencies() {
    String path = "/api/v1/stats/summary?" + JUNE + "&categoryId=" + category;
    given().get(path).then().statusCode(401);
    get("warga1", path).statusCode(403);
    get("pengawas1", path).statusCode(200).body("current.received", equalTo(7));
    Officers.place(Officers.PETUGAS1, "Petugas Satu", unit1.toString(), true);
    // An officer counts only their agency's reports (A, B, D), and another agency does not exist for them.
    get("petugas1", path).statusCode(200).body("current.received", equalTo(3))
        .body("agency.id", equalTo(unit1.toString())).body("agency.name", equalTo("Unit satu"));
    get("admin1", path).statusCode(200).body("agency", nullValue());
    get("petugas1", path + "&agencyId=" + unit2).statusCode(404);
    get("petugas1", "/api/v1/stats/reports?" + JUNE + "&categoryId=" + category + "&agencyId=" + unit2).statusCode(404);
    given().auth().oauth2(Keycloak.token("warga1")).accept("text/csv").get("/api/v1/stats/reports").then()
        .statusCode(403);
    given().auth().oauth2(Keycloak.token("petugas1")).accept("text/csv")
        .get("/api/v1/stats/reports?agencyId=" + unit2).then().statusCode(404)
        .contentType("application/problem+json");
    get("admin1", "/api/v1/stats/summary?from=2026-06-30&to=2026-06-01").statusCode(400);
    get("admin1", "/api/v1/stats/summary?areaCode=53").statusCode(400);
    get("admin1", "/api/v1/stats/series?from=2024-01-01&to=2026-06-30&interval=day").statusCode(400);
    get("admin1", "/api/v1/stats/reports?deadlineState=met").statusCode(400);
    get("admin1", "/api/v1/stats/reports?deadline=verify&deadlineState=soon").statusCode(400);
  }

  @Test
  void openDataLeavesOutConfidentialReportsAndAnswersUnchangedWith304() {
    var first = given().get("/api/v1/open-data/summary?" + JUNE + "&categoryId=" + category)
        .then().statusCode(200).header("Cache-Control", "public, max-age=300")
        .body("current.received", equalTo(6)).extract();
    String etag = first.header("ETag");
    given().header("If-None-Match", etag).get("/api/v1/open-data/summary?" + JUNE + "&categoryId=" + category)
        .then().statusCode(304).header("ETag", etag);
    String monthly = given().accept("text/csv").get("/api/v1/open-data/monthly?from=2026-05&to=2026-06").then()
        .statusCode(200).extract().asString();
    assertThat(monthly).startsWith("month,categoryCode,categoryName,kecamatanCode,kecamatanName,received,resolved,archived");
    assertThat(monthly.lines().filter(l -> l.contains(categoryCode) && l.contains(kec2)).toList())
        .containsExactly("2026-06," + categoryCode + ",Uji statistik," + kec2 + ",,2,1,0");
    given().get("/api/v1/open-data/monthly?from=2024-01&to=2026-06").then().statusCode(400);
  }
}
