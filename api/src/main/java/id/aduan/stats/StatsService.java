package id.aduan.stats;

import id.aduan.agency.AgencyService;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.officer.OfficerService;
import id.aduan.report.ReportStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics, read from report_facts with plain SQL (one or two statements each, run on
 * the pool outside any transaction). Who may count what is decided here ({@link #scope}).
 */
@ApplicationScoped
public class StatsService {
  static final int MAX_SERIES_ITEMS = 400;
  static final String OPEN = "('SUBMITTED', 'ON_HOLD', 'VERIFIED', 'FORWARDED', 'IN_PROGRESS')";
  /** A step still running past its deadline (step_due_at is set only while one runs). */
  static final String VERIFY_OVERDUE = "(f.verify_days IS NULL AND f.status IN ('SUBMITTED', 'VERIFIED') AND f.step_due_at < now())";
  static final String FOLLOW_UP_OVERDUE = "(f.follow_up_days IS NULL AND f.status = 'FORWARDED' AND f.step_due_at < now())";

  private final Pool pool;
  private final AgencyService agencies;
  private final OfficerService officers;

  StatsService(Pool pool, AgencyService agencies, OfficerService officers) {
    this.pool = pool;
    this.agencies = agencies;
    this.officers = officers;
  }

  /**
   * Admins and supervisors count every report; officers those their agency and its sub-units
   * handle, and naming another agency is answered as if it did not exist (404).
   */
  Uni<StatsScope> scope(Caller caller, StatsFilter filter) {
    if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.SUPERVISOR)) {
      return filter.agencyId() == null ? Uni.createFrom().item(StatsScope.ALL)
          : agencies.get(filter.agencyId()).replaceWith(StatsScope.ALL);
    }
    if (!caller.hasRole(Roles.OFFICER)) {
      return Uni.createFrom().failure(new ForbiddenException("Statistics are for officials."));
    }
    return Panache.withSession(() -> officers.scopeOf(caller)).map(s -> {
      if (s.agencies().isEmpty()) {
        throw new ForbiddenException("Your account is not an active officer of any agency.");
      }
      if (filter.agencyId() != null && !s.covers(filter.agencyId())) {
        throw new NotFoundException("No agency with this id.");
      }
      return new StatsScope(s.agencies(), false);
    });
  }

  // --- summary ---------------------------------------------------------------------------

  public Uni<StatsViews.Summary> summary(StatsFilter filter, StatsScope scope) {
    StatsFilter prev = filter.previous();
    StatsWhere counts = StatsWhere.of(filter, scope, "received_on", prev.from(), filter.to());
    String current = "(f.received_on >= " + counts.param(filter.from()) + ")";
    Uni<RowSet<Row>> figures = query("SELECT " + current + " AS cur, f.status, count(*) AS n,"
        + " count(*) FILTER (WHERE f.verify_met) AS v_met, count(*) FILTER (WHERE NOT f.verify_met) AS v_late,"
        + " count(*) FILTER (WHERE " + VERIFY_OVERDUE + ") AS v_over,"
        + " count(*) FILTER (WHERE f.follow_up_met) AS fu_met, count(*) FILTER (WHERE NOT f.follow_up_met) AS fu_late,"
        + " count(*) FILTER (WHERE " + FOLLOW_UP_OVERDUE + ") AS fu_over,"
        + " count(*) FILTER (WHERE f.reopened) AS reopened,"
        + " count(*) FILTER (WHERE f.resolved_on IS NOT NULL) AS resolved_ever,"
        + " count(*) FILTER (WHERE f.rating = 1) AS r1, count(*) FILTER (WHERE f.rating = 2) AS r2,"
        + " count(*) FILTER (WHERE f.rating = 3) AS r3, count(*) FILTER (WHERE f.rating = 4) AS r4,"
        + " count(*) FILTER (WHERE f.rating = 5) AS r5"
        + " FROM report_facts f WHERE " + counts.sql() + " GROUP BY 1, 2", counts);
    StatsWhere days = StatsWhere.of(filter, scope, "received_on", prev.from(), filter.to());
    String cur = "(f.received_on >= " + days.param(filter.from()) + ")";
    Uni<RowSet<Row>> histograms = query("SELECT " + cur + " AS cur, grouping(f.verify_days) AS gv,"
        + " grouping(f.follow_up_days) AS gf, f.verify_days, f.follow_up_days, f.resolution_days, count(*) AS n"
        + " FROM report_facts f WHERE " + days.sql()
        + " GROUP BY GROUPING SETS ((" + cur + ", f.verify_days), (" + cur + ", f.follow_up_days), ("
        + cur + ", f.resolution_days))", days);
    return Uni.combine().all().unis(figures, histograms).asTuple().map(t -> {
      Tally now = new Tally();
      Tally before = new Tally();
      for (Row r : t.getItem1()) {
        (r.getBoolean("cur") ? now : before).add(r);
      }
      for (Row r : t.getItem2()) {
        (r.getBoolean("cur") ? now : before).addDays(r);
      }
      return new StatsViews.Summary(period(filter), period(prev), now.figures(), before.figures());
    });
  }

  /** Sums the rows of one period. */
  private static final class Tally {
    final Map<ReportStatus, Integer> byStatus = new EnumMap<>(ReportStatus.class);
    final Map<String, Long> sums = new HashMap<>();
    final Map<String, TreeMap<Integer, Long>> days = Map.of("verify", new TreeMap<>(), "followUp", new TreeMap<>(),
        "resolution", new TreeMap<>());

    Tally() {
      for (ReportStatus s : ReportStatus.values()) {
        byStatus.put(s, 0);
      }
    }

    void add(Row r) {
      int n = r.getLong("n").intValue();
      byStatus.merge(ReportStatus.valueOf(r.getString("status")), n, Integer::sum);
      for (String c : List.of("n", "v_met", "v_late", "v_over", "fu_met", "fu_late", "fu_over", "reopened",
          "resolved_ever", "r1", "r2", "r3", "r4", "r5")) {
        sums.merge(c, r.getLong(c), Long::sum);
      }
    }

    void addDays(Row r) {
      String measure = r.getInteger("gv") == 0 ? "verify" : r.getInteger("gf") == 0 ? "followUp" : "resolution";
      Integer d = r.getInteger(measure.equals("verify") ? "verify_days"
          : measure.equals("followUp") ? "follow_up_days" : "resolution_days");
      if (d != null) {
        days.get(measure).merge(d, r.getLong("n"), Long::sum);
      }
    }

    int sum(String column) {
      return sums.getOrDefault(column, 0L).intValue();
    }

    StatsViews.Figures figures() {
      List<Integer> ratings = List.of(sum("r1"), sum("r2"), sum("r3"), sum("r4"), sum("r5"));
      int responses = ratings.stream().mapToInt(Integer::intValue).sum();
      int weighted = 0;
      for (int i = 0; i < 5; i++) {
        weighted += (i + 1) * ratings.get(i);
      }
      int closed = byStatus.get(ReportStatus.CLOSED);
      return new StatsViews.Figures(sum("n"), byStatus,
          new StatsViews.Durations(duration(days.get("verify")), duration(days.get("followUp")),
              duration(days.get("resolution"))),
          new StatsViews.Deadlines(compliance(sum("v_met"), sum("v_late"), sum("v_over")),
              compliance(sum("fu_met"), sum("fu_late"), sum("fu_over"))),
          sum("reopened"), ratio(sum("reopened"), sum("resolved_ever")),
          new StatsViews.Satisfaction(responses, closed, ratio(responses, closed),
              responses == 0 ? null : round((double) weighted / responses, 2), ratings));
    }
  }

  static StatsViews.Compliance compliance(int met, int late, int overdue) {
    return new StatsViews.Compliance(met, late, overdue, ratio(met, met + late + overdue));
  }

  /** Count, median and p90 of a histogram of whole days (nearest-rank percentiles). */
  static StatsViews.Duration duration(TreeMap<Integer, Long> histogram) {
    long n = histogram.values().stream().mapToLong(Long::longValue).sum();
    return new StatsViews.Duration((int) n, percentile(histogram, n, 0.5), percentile(histogram, n, 0.9));
  }

  /** The smallest value with at least ⌈q·n⌉ values at or below it. */
  static Integer percentile(TreeMap<Integer, Long> histogram, long n, double q) {
    if (n == 0) {
      return null;
    }
    long rank = (long) Math.ceil(q * n);
    long seen = 0;
    for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey();
      }
    }
    return histogram.lastKey();
  }

  static Double ratio(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole, 4);
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  // --- series ----------------------------------------------------------------------------

  public enum Interval {
    DAY, WEEK, MONTH;

    LocalDate start(LocalDate day) {
      return switch (this) {
        case DAY -> day;
        case WEEK -> day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        case MONTH -> day.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    String sql() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Uni<StatsViews.Series> series(StatsFilter filter, StatsScope scope, Interval interval) {
    List<LocalDate> starts = new ArrayList<>();
    for (LocalDate s = interval.start(filter.from()); !s.isAfter(filter.to()); s = interval.next(s)) {
      starts.add(s);
      if (starts.size() > MAX_SERIES_ITEMS) {
        throw new InvalidInputException("interval", "gives more than " + MAX_SERIES_ITEMS
            + " items for this period; choose a longer interval or a shorter period");
      }
    }
    Uni<Map<LocalDate, Integer>> received = perBucket(filter, scope, interval, "received_on");
    Uni<Map<LocalDate, Integer>> resolved = perBucket(filter, scope, interval, "resolved_on");
    return Uni.combine().all().unis(received, resolved).asTuple().map(t -> new StatsViews.Series(interval.sql(),
        period(filter), starts.stream().map(s -> new StatsViews.SeriesItem(s, t.getItem1().getOrDefault(s, 0),
            t.getItem2().getOrDefault(s, 0))).toList()));
  }

  private Uni<Map<LocalDate, Integer>> perBucket(StatsFilter filter, StatsScope scope, Interval interval, String day) {
    StatsWhere w = StatsWhere.of(filter, scope, day, filter.from(), filter.to());
    return query("SELECT date_trunc('" + interval.sql() + "', f." + day + "::timestamp)::date AS b, count(*) AS n"
        + " FROM report_facts f WHERE " + w.sql() + " GROUP BY 1", w).map(rows -> {
          Map<LocalDate, Integer> counts = new HashMap<>();
          rows.forEach(r -> counts.put(r.getLocalDate("b"), r.getLong("n").intValue()));
          return counts;
        });
  }

  // --- backlog ---------------------------------------------------------------------------

  record Bucket(String name, int min, Integer max) {}

  static final List<Bucket> BUCKETS = List.of(new Bucket("0-7", 0, 7), new Bucket("8-30", 8, 30),
      new Bucket("31-90", 31, 90), new Bucket("91+", 91, null));

  public Uni<StatsViews.Backlog> backlog(StatsFilter filter, StatsScope scope, LocalDate today) {
    StatsWhere w = StatsWhere.dimensions(filter, scope).and("f.status IN " + OPEN);
    String age = "(" + w.param(today) + "::date - f.received_on)";
    return query("SELECT CASE WHEN " + age + " <= 7 THEN 0 WHEN " + age + " <= 30 THEN 1 WHEN " + age
        + " <= 90 THEN 2 ELSE 3 END AS b, count(*) AS n, count(*) FILTER (WHERE f.step_due_at < now()) AS late"
        + " FROM report_facts f WHERE " + w.sql() + " GROUP BY 1", w).map(rows -> {
          int[] open = new int[BUCKETS.size()];
          int[] late = new int[BUCKETS.size()];
          rows.forEach(r -> {
            open[r.getInteger("b")] = r.getLong("n").intValue();
            late[r.getInteger("b")] = r.getLong("late").intValue();
          });
          List<StatsViews.BacklogBucket> items = new ArrayList<>();
          for (int i = 0; i < BUCKETS.size(); i++) {
            Bucket b = BUCKETS.get(i);
            items.add(new StatsViews.BacklogBucket(b.name(), b.min(), b.max(), open[i], late[i]));
          }
          return new StatsViews.Backlog(Instant.now().truncatedTo(ChronoUnit.SECONDS), items);
        });
  }

  // --- agency ranking --------------------------------------------------------------------

  /** The score of openapi.yaml (GET /api/v1/stats/agencies), in SQL so that pages follow it. */
  static final String SCORE = "100 * (0.4 * coalesce(fu_share, 0) + 0.3 * res_share + 0.2 * coalesce(sat, 0)"
      + " + 0.1 * coalesce(1 - reopen_rate, 0)) / (0.4 * (fu_share IS NOT NULL)::int + 0.3"
      + " + 0.2 * (sat IS NOT NULL)::int + 0.1 * (reopen_rate IS NOT NULL)::int)";

  public Uni<StatsViews.AgencyPage> agencies(StatsFilter filter, StatsScope scope, int offset, int size) {
    StatsWhere w = StatsWhere.of(filter, scope, "received_on", filter.from(), filter.to()).and("f.agency_id IS NOT NULL");
    String sql = "WITH a AS (SELECT f.agency_id, count(*) AS received,"
        + " count(*) FILTER (WHERE f.status IN ('RESOLVED', 'CLOSED')) AS resolved,"
        + " count(*) FILTER (WHERE f.follow_up_met) AS fu_met,"
        + " count(*) FILTER (WHERE NOT f.follow_up_met OR " + FOLLOW_UP_OVERDUE + ") AS fu_missed,"
        + " avg(f.rating) AS rating_mean, count(*) FILTER (WHERE f.reopened) AS reopened,"
        + " count(*) FILTER (WHERE f.resolved_on IS NOT NULL) AS resolved_ever"
        + " FROM report_facts f WHERE " + w.sql() + " GROUP BY f.agency_id),"
        + " s AS (SELECT a.*, fu_met::float8 / nullif(fu_met + fu_missed, 0) AS fu_share,"
        + " resolved::float8 / received AS res_share, (rating_mean::float8 - 1) / 4 AS sat,"
        + " reopened::float8 / nullif(resolved_ever, 0) AS reopen_rate FROM a),"
        + " r AS (SELECT s.*, " + SCORE + " AS score FROM s)"
        + " SELECT r.*, ag.code, ag.name, row_number() OVER (ORDER BY round(score::numeric, 1) DESC, received DESC, ag.code)"
        + " AS rank FROM r JOIN agency ag ON ag.id = r.agency_id ORDER BY rank"
        + " OFFSET " + w.param(offset) + " LIMIT " + w.param(size + 1);
    return query(sql, w).map(rows -> {
      List<StatsViews.AgencyRank> items = new ArrayList<>();
      for (Row r : rows) {
        Double mean = r.getValue("rating_mean") == null ? null : round(r.getNumeric("rating_mean").doubleValue(), 2);
        items.add(new StatsViews.AgencyRank(r.getLong("rank").intValue(),
            new StatsViews.AgencyRef(r.getUUID("agency_id"), r.getString("code"), r.getString("name")),
            r.getLong("received").intValue(), r.getLong("resolved").intValue(), rounded(r, "fu_share"),
            rounded(r, "res_share"), mean, rounded(r, "reopen_rate"), round(r.getDouble("score"), 1)));
      }
      boolean more = items.size() > size;
      List<StatsViews.AgencyRank> page = more ? items.subList(0, size) : items;
      String next = more ? KeyCursor.encode(Integer.toString(offset + size)) : null;
      return new StatsViews.AgencyPage(period(filter), page, next);
    });
  }

  private static Double rounded(Row r, String column) {
    Double v = r.getDouble(column);
    return v == null ? null : round(v, 4);
  }

  // --- hotspots --------------------------------------------------------------------------

  public Uni<StatsViews.Hotspots> hotspots(StatsFilter filter, StatsScope scope, boolean kelurahan, int size) {
    StatsFilter prev = filter.previous();
    String area = kelurahan ? "f.kelurahan_code" : "f.kecamatan_code";
    StatsWhere w = StatsWhere.of(filter, scope, "received_on", prev.from(), filter.to())
        .and(area + " IS NOT NULL").and("f.category_id IS NOT NULL");
    String from = w.param(filter.from());
    String sql = "SELECT x.area, x.category_id, x.cur, x.prev, ar.name AS area_name, c.code, c.name FROM ("
        + "SELECT " + area + " AS area, f.category_id, count(*) FILTER (WHERE f.received_on >= " + from + ") AS cur,"
        + " count(*) FILTER (WHERE f.received_on < " + from + ") AS prev"
        + " FROM report_facts f WHERE " + w.sql() + " GROUP BY 1, 2) x"
        + " JOIN category c ON c.id = x.category_id LEFT JOIN area ar ON ar.code = x.area"
        + " WHERE x.cur > 0 ORDER BY x.cur DESC, x.area, c.code LIMIT " + w.param(size);
    return query(sql, w).map(rows -> {
      List<StatsViews.Hotspot> items = new ArrayList<>();
      rows.forEach(r -> items.add(new StatsViews.Hotspot(r.getString("area"), r.getString("area_name"),
          r.getUUID("category_id"), r.getString("code"), r.getString("name"), r.getLong("cur").intValue(),
          r.getLong("prev").intValue())));
      return new StatsViews.Hotspots(period(filter), kelurahan ? "kelurahan" : "kecamatan", items);
    });
  }

  // --- helpers ---------------------------------------------------------------------------

  Uni<RowSet<Row>> query(String sql, StatsWhere where) {
    return pool.preparedQuery(sql).execute(where.tuple());
  }

  static StatsViews.Period period(StatsFilter f) {
    return new StatsViews.Period(f.from(), f.to());
  }
}
