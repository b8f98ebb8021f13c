package id.aduan.report;

import id.aduan.report.lifecycle.DeadlineService;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.holiday.HolidayService;
import id.aduan.testing.Agencies;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Officers;
import id.aduan.testing.Reports;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The statistics row each transition keeps up to date, one event at a time, equals the row
 * rebuilt from scratch from the whole history, after a random sequence of every kind of step
 * (holds and replies, returns, disputes, escalations and automatic closing included); and the
 * monthly rollups the database trigger keeps equal a recomputation from all the rows.
 */
@QuarkusTest
class ReportFactsReplayTest {
  static final int REPORTS = 12;
  static final int STEPS = 120;

  @Inject
  ReportFactsRepository facts;

  @Inject
  ReportRepository reports;

  @Inject
  ReportEventRepository events;

  @Inject
  HolidayService holidays;

  @Inject
  ReportFactsBackfill backfill;

  @Inject
  DeadlineService deadlines;

  @Inject
  AgroalDataSource dataSource;

  static final List<String> TERMINAL = List.of("CLOSED", "ARCHIVED");

  record Tracked(String id, String pin) {}

  @Test
  void incrementalRowsEqualARebuildFromTheEvents() throws Throwable {
    long seed = System.nanoTime();
    Log.infof("random transitions with seed %d", seed);
    Random random = new Random(seed);
    String agency = Agencies.create("Dinas Acak", null, true);
    Officers.place(Officers.PETUGAS1, "Petugas Satu", agency, true);
    List<Tracked> tracked = new ArrayList<>();
    Map<String, String> status = new HashMap<>();
    for (int i = 0; i < REPORTS; i++) {
      var receipt = given().contentType(ContentType.JSON).body(Reports.submission("Laporan acak " + i))
          .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();
      tracked.add(new Tracked(receipt.getString("id"), receipt.getString("pin")));
      status.put(receipt.getString("id"), "SUBMITTED");
    }
    int done = 0;
    for (int step = 0; step < STEPS; step++) {
      if (random.nextInt(15) == 0) {
        // The clock jumps: resolved reports close by themselves, late ones escalate.
        Instant later = Instant.now().plus(Duration.ofDays(20 + random.nextInt(20)));
        VertxContextSupport.subscribeAndAwait(() -> deadlines.run(later));
        tracked.forEach(t -> status.put(t.id(), currentStatus(t.id())));
        continue;
      }
      List<Tracked> open = tracked.stream().filter(x -> !TERMINAL.contains(status.get(x.id()))).toList();
      if (open.isEmpty()) {
        break;
      }
      Tracked t = open.get(random.nextInt(open.size()));
      Response r = act(t, status.get(t.id()), random, agency);
      assertThat(r.statusCode()).as("step on a %s report", status.get(t.id())).isIn(200, 201);
      status.put(t.id(), currentStatus(t.id()));
      done++;
    }
    // Every report took a step at least, or the walk went its whole length.
    assertThat(done).isGreaterThanOrEqualTo(REPORTS);

    for (Tracked t : tracked) {
      java.util.UUID id = java.util.UUID.fromString(t.id());
      Map<String, Object>[] both = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
          reports.findById(id).flatMap(report -> events.find("reportId = ?1 order by seq", id).list()
              .flatMap(history -> holidays.calendar().map(cal -> backfill.replay(report, history, cal))))
              .flatMap(rebuilt -> facts.findById(id).map(kept -> pair(fields(kept), fields(rebuilt))))));
      assertThat(both[0]).as("facts of report %s (%s)", t.id(), status.get(t.id())).isEqualTo(both[1]);
    }

    // The monthly rollups the trigger kept, row by row, against a recomputation of every report's facts.
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      for (String rollup : List.of("report_facts_monthly", "report_facts_monthly_days")) {
        String kept = "SELECT * FROM " + rollup + " WHERE " + (rollup.endsWith("days") ? "n" : "received") + " <> 0";
        String rebuilt = "SELECT * FROM " + rollup + "_rebuilt()";
        for (String difference : List.of("(" + kept + ") EXCEPT (" + rebuilt + ")", "(" + rebuilt + ") EXCEPT (" + kept + ")")) {
          try (ResultSet rows = s.executeQuery("SELECT count(*) FROM (" + difference + ") d")) {
            rows.next();
            assertThat(rows.getInt(1)).as(difference).isZero();
          }
        }
        try (ResultSet rows = s.executeQuery("SELECT count(*) FROM (" + rebuilt + ") r")) {
          rows.next();
          assertThat(rows.getInt(1)).as("rows of " + rollup).isPositive();
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object>[] pair(Map<String, Object> a, Map<String, Object> b) {
    return new Map[] {a, b};
  }

  private static Map<String, Object> fields(ReportFacts f) {
    Map<String, Object> values = new LinkedHashMap<>();
    try {
      for (Field field : ReportFacts.class.getFields()) {
        if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          Object v = field.get(f);
          // The database keeps microseconds.
          values.put(field.getName(), v instanceof Instant i ? i.truncatedTo(java.time.temporal.ChronoUnit.MICROS) : v);
        }
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return values;
  }

  private static String currentStatus(String id) {
    return given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
        .extract().path("status");
  }

  /** One step that the report's status allows, chosen at random. */
  private static Response act(Tracked t, String status, Random random, String agency) {
    return switch (status) {
      case "SUBMITTED" -> switch (random.nextInt(10)) {
        case 0, 1 -> admin(t, "hold", Map.of("message", "Mohon lengkapi alamat."));
        case 2 -> admin(t, "archive", Map.of("reason", "SPAM"));
        default -> admin(t, "verification", Map.of());
      };
      case "ON_HOLD" -> random.nextBoolean()
          ? reporter(t, "messages", Map.of("body", "Alamatnya di Jalan Timor Raya."))
          : admin(t, "verification", Map.of());
      case "VERIFIED" -> random.nextInt(6) == 0 ? admin(t, "hold", Map.of("message", "Foto kurang jelas."))
          : admin(t, "forwards", Map.of("agencyId", agency));
      case "FORWARDED" -> random.nextInt(5) == 0 ? officer(t, "returns", Map.of("reason", "Bukan wewenang kami."))
          : officer(t, "follow-ups", Map.of("message", "Sedang ditinjau."));
      case "IN_PROGRESS" -> officer(t, "resolution", Map.of("resolution", "Sudah diperbaiki."));
      case "RESOLVED" -> random.nextInt(3) == 0 ? reporter(t, "dispute", Map.of("reason", "Belum diperbaiki."))
          : reporter(t, "confirmation", Map.of("rating", 1 + random.nextInt(5)));
      default -> throw new AssertionError("no step from " + status);
    };
  }

  private static Response admin(Tracked t, String step, Map<String, Object> body) {
    return given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON).body(body)
        .post("/api/v1/reports/{id}/" + step, t.id());
  }

  private static Response officer(Tracked t, String step, Map<String, Object> body) {
    return given().auth().oauth2(Keycloak.token("petugas1")).contentType(ContentType.JSON).body(body)
        .post("/api/v1/reports/{id}/" + step, t.id());
  }

  private static Response reporter(Tracked t, String step, Map<String, Object> body) {
    return given().header("X-Report-Pin", t.pin()).contentType(ContentType.JSON).body(body)
        .post("/api/v1/reports/{id}/" + step, t.id());
  }
}
