package id.aduan.stats;

import id.aduan.agency.AgencyService;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
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
  /** ReportStatus.OPEN as SQL, in enum order: the text of report_facts_open_idx's predicate. */
  static final String OPEN = ReportStatus.OPEN.stream().sorted().map(st -> "'" + st.name() + "'")
      .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
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
        throw new NotFoundException(Msg.of("agency.notFound"));
      }
      return new StatsScope(s.agencies(), false, s.agencyId());
    });
  }

  /**
   * The counts the statistics add up, per group of fact rows; {@link #ROLLUP_SUMS} reads the
   * same, under the same names, from the monthly rollup.
   */
  static final String FACT_COUNTS = "count(*) AS n, count(*) FILTER (WHERE f.status IN ('RESOLVED', 'CLOSED')) AS done,"
      + " count(*) FILTER (WHERE f.verify_met) AS v_met, count(*) FILTER (WHERE NOT f.verify_met) AS v_late,"
      + " count(*) FILTER (WHERE f.follow_up_met) AS fu_met, count(*) FILTER (WHERE NOT f.follow_up_met) AS fu_late,"
      + " count(*) FILTER (WHERE f.reopened) AS reopened, count(*) FILTER (WHERE f.resolved_on IS NOT NULL) AS resolved_ever,"
      + " count(*) FILTER (WHERE f.rating = 1) AS r1, count(*) FILTER (WHERE f.rating = 2) AS r2,"
      + " count(*) FILTER (WHERE f.rating = 3) AS r3, count(*) FILTER (WHERE f.rating = 4) AS r4,"
      + " count(*) FILTER (WHERE f.rating = 5) AS r5";
  static final String ROLLUP_SUMS = "sum(received) AS n, sum(resolved + closed) AS done, sum(verify_met) AS v_met,"
      + " sum(verify_late) AS v_late, sum(follow_up_met) AS fu_met, sum(follow_up_late) AS fu_late,"
      + " sum(reopened) AS reopened, sum(resolved_ever) AS resolved_ever, sum(rating_1) AS r1, sum(rating_2) AS r2,"
      + " sum(rating_3) AS r3, sum(rating_4) AS r4, sum(rating_5) AS r5";

  // --- summary ---------------------------------------------------------------------------

  public Uni<StatsViews.Summary> summary(StatsFilter filter, StatsScope scope) {
    StatsFilter prev = filter.previous();
    Uni<StatsViews.AgencyRef> agency = scope.agency() == null ? Uni.createFrom().nullItem()
        : agencyRefs(java.util.Set.of(scope.agency())).map(refs -> refs.get(scope.agency()));
    return Uni.combine().all().unis(figures(filter, scope), figures(prev, scope), agency).asTuple()
        .map(t -> new StatsViews.Summary(period(filter), period(prev), t.getItem1().figures(), t.getItem2().figures(),
            t.getItem3()));
  }

  /** Whether the rollups hold the filter's dimensions (they have no kelurahan). */
  static StatsPeriod split(StatsFilter f) {
    return f.kelurahanCode() == null ? StatsPeriod.of(f.from(), f.to()) : StatsPeriod.factsOnly(f.from(), f.to());
  }

  /** The duration histograms are rolled up per agency only; other filters read the facts. */
  static boolean daysRolledUp(StatsFilter f) {
    return f.categoryId() == null && f.channel() == null && f.kecamatanCode() == null && f.kelurahanCode() == null
        && f.type() == null;
  }

  /** One period's figures: whole months from the rollups, the rest from the facts, overdue steps as of now. */
  private Uni<Tally> figures(StatsFilter f, StatsScope scope) {
    StatsPeriod split = split(f);
    List<Uni<Void>> parts = new ArrayList<>();
    Tally tally = new Tally();
    if (split.months() != null) {
      StatsWhere w = StatsWhere.of(f, scope, "month", List.of(split.months()));
      parts.add(query("SELECT " + ROLLUP_SUMS + ", sum(submitted) AS s_submitted, sum(on_hold) AS s_on_hold,"
          + " sum(verified) AS s_verified, sum(forwarded) AS s_forwarded, sum(in_progress) AS s_in_progress,"
          + " sum(resolved) AS s_resolved, sum(closed) AS s_closed, sum(archived) AS s_archived"
          + " FROM report_facts_monthly f WHERE " + w.sql(), w).invoke(rows -> rows.forEach(tally::addRollup))
          .replaceWithVoid());
    }
    if (!split.edges().isEmpty()) {
      StatsWhere w = StatsWhere.of(f, scope, "received_on", split.edges());
      parts.add(query("SELECT f.status, " + FACT_COUNTS + " FROM report_facts f WHERE " + w.sql()
          + " GROUP BY f.status", w)
          .invoke(rows -> rows.forEach(tally::add)).replaceWithVoid());
    }
    StatsWhere running = StatsWhere.of(f, scope, "received_on", f.from(), f.to()).and("f.step_due_at IS NOT NULL");
    parts.add(query("SELECT count(*) FILTER (WHERE " + VERIFY_OVERDUE + ") AS v_over,"
        + " count(*) FILTER (WHERE " + FOLLOW_UP_OVERDUE + ") AS fu_over FROM report_facts f WHERE " + running.sql(),
        running).invoke(rows -> rows.forEach(tally::addSums)).replaceWithVoid());
    boolean rolled = split.months() != null && daysRolledUp(f);
    if (rolled) {
      StatsWhere w = StatsWhere.of(f, scope, "month", List.of(split.months()));
      parts.add(query("SELECT f.measure, f.days, sum(f.n) AS n FROM report_facts_monthly_days f WHERE " + w.sql()
          + " GROUP BY 1, 2", w).invoke(rows -> rows.forEach(tally::addRolledDays)).replaceWithVoid());
    }
    List<StatsWhere.Days> factDays = rolled ? split.edges() : List.of(new StatsWhere.Days(f.from(), f.to()));
    if (!factDays.isEmpty()) {
      StatsWhere w = StatsWhere.of(f, scope, "received_on", factDays);
      parts.add(query("SELECT grouping(f.verify_days) AS gv, grouping(f.follow_up_days) AS gf,"
          + " f.verify_days, f.follow_up_days, f.resolution_days, count(*) AS n"
          + " FROM report_facts f WHERE " + w.sql()
          + " GROUP BY GROUPING SETS ((f.verify_days), (f.follow_up_days), (f.resolution_days))", w)
          .invoke(rows -> rows.forEach(tally::addDays)).replaceWithVoid());
    }
    return Uni.join().all(parts).andFailFast().replaceWith(tally);
  }

  /** Sums the rows of one period. */
  private static final class Tally {
    static final List<String> SUMS = List.of("n", "v_met", "v_late", "fu_met", "fu_late", "reopened",
        "resolved_ever", "r1", "r2", "r3", "r4", "r5");

    final Map<ReportStatus, Integer> byStatus = new EnumMap<>(ReportStatus.class);
    final Map<String, Long> sums = new HashMap<>();
    final Map<String, TreeMap<Integer, Long>> days = Map.of("verify", new TreeMap<>(), "followUp", new TreeMap<>(),
        "resolution", new TreeMap<>());

    Tally() {
      for (ReportStatus s : ReportStatus.values()) {
        byStatus.put(s, 0);
      }
    }

    /** A row of the facts, per status. */
    synchronized void add(Row r) {
      byStatus.merge(ReportStatus.valueOf(r.getString("status")), r.getLong("n").intValue(), Integer::sum);
      addSums(r);
    }

    /** The row of the monthly rollup: null sums when no month matched. */
    synchronized void addRollup(Row r) {
      for (ReportStatus s : ReportStatus.values()) {
        Long n = r.getLong("s_" + s.name().toLowerCase(java.util.Locale.ROOT));
        byStatus.merge(s, n == null ? 0 : n.intValue(), Integer::sum);
      }
      addSums(r);
    }

    synchronized void addSums(Row r) {
      for (int i = 0; i < r.size(); i++) {
        String column = r.getColumnName(i);
        if ((SUMS.contains(column) || column.endsWith("_over")) && r.getValue(i) != null) {
          sums.merge(column, r.getLong(i), Long::sum);
        }
      }
    }

    synchronized void addDays(Row r) {
      String measure = r.getInteger("gv") == 0 ? "verify" : r.getInteger("gf") == 0 ? "followUp" : "resolution";
      Integer d = r.getInteger(measure.equals("verify") ? "verify_days"
          : measure.equals("followUp") ? "follow_up_days" : "resolution_days");
      if (d != null) {
        days.get(measure).merge(d, r.getLong("n"), Long::sum);
      }
    }

    synchronized void addRolledDays(Row r) {
      days.get(r.getString("measure")).merge((int) r.getShort("days"), r.getLong("n"), Long::sum);
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
        throw new InvalidInputException("interval", Msg.of("stats.interval.tooManyItems", "max", MAX_SERIES_ITEMS));
      }
    }
    Uni<Map<LocalDate, Integer>> received = interval == Interval.MONTH ? receivedPerMonth(filter, scope)
        : perBucket(filter, scope, interval, "received_on", List.of(new StatsWhere.Days(filter.from(), filter.to())));
    Uni<Map<LocalDate, Integer>> resolved = perBucket(filter, scope, interval, "resolved_on",
        List.of(new StatsWhere.Days(filter.from(), filter.to())));
    return Uni.combine().all().unis(received, resolved).asTuple().map(t -> new StatsViews.Series(interval.sql(),
        period(filter), starts.stream().map(s -> new StatsViews.SeriesItem(s, t.getItem1().getOrDefault(s, 0),
            t.getItem2().getOrDefault(s, 0))).toList()));
  }

  /** Received per month: whole months from the rollup, the edges from the facts. */
  private Uni<Map<LocalDate, Integer>> receivedPerMonth(StatsFilter filter, StatsScope scope) {
    StatsPeriod split = split(filter);
    Uni<Map<LocalDate, Integer>> edges = split.edges().isEmpty() ? Uni.createFrom().item(Map.of())
        : perBucket(filter, scope, Interval.MONTH, "received_on", split.edges());
    if (split.months() == null) {
      return edges;
    }
    StatsWhere w = StatsWhere.of(filter, scope, "month", List.of(split.months()));
    Uni<Map<LocalDate, Integer>> months = query("SELECT f.month AS b, sum(f.received) AS n FROM report_facts_monthly f"
        + " WHERE " + w.sql() + " GROUP BY 1", w).map(rows -> counts(rows, Interval.MONTH));
    return Uni.combine().all().unis(months, edges).asTuple().map(t -> {
      Map<LocalDate, Integer> all = new HashMap<>(t.getItem1());
      t.getItem2().forEach((k, v) -> all.merge(k, v, Integer::sum));
      return all;
    });
  }

  private Uni<Map<LocalDate, Integer>> perBucket(StatsFilter filter, StatsScope scope, Interval interval, String day,
      List<StatsWhere.Days> days) {
    StatsWhere w = StatsWhere.of(filter, scope, day, days);
    // Per day, bucketed here: grouping on the indexed column itself is three times faster
    // than on date_trunc() of it.
    return query("SELECT f." + day + " AS b, count(*) AS n FROM report_facts f WHERE " + w.sql() + " GROUP BY 1", w)
        .map(rows -> counts(rows, interval));
  }

  private static Map<LocalDate, Integer> counts(RowSet<Row> rows, Interval interval) {
    Map<LocalDate, Integer> counts = new HashMap<>();
    rows.forEach(r -> counts.merge(interval.start(r.getLocalDate("b")), r.getLong("n").intValue(), Integer::sum));
    return counts;
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

  /** One agency's counts in a period. */
  private static final class AgencyTally {
    long received;
    long done;
    long fuMet;
    long fuLate;
    long fuOver;
    long reopened;
    long resolvedEver;
    long ratings;
    long ratingSum;

    void add(Row r) {
      received += r.getLong("n");
      done += r.getLong("done");
      fuMet += r.getLong("fu_met");
      fuLate += r.getLong("fu_late");
      reopened += r.getLong("reopened");
      resolvedEver += r.getLong("resolved_ever");
      for (int i = 1; i <= 5; i++) {
        long n = r.getLong("r" + i);
        ratings += n;
        ratingSum += i * n;
      }
    }

    Double followUpShare() {
      return ratio(fuMet, fuMet + fuLate + fuOver);
    }

    Double satisfactionMean() {
      return ratings == 0 ? null : round((double) ratingSum / ratings, 2);
    }

    /** openapi.yaml, GET /api/v1/stats/agencies: weighted shares, missing parts left out. */
    double score() {
      double sum = 0;
      double weights = 0;
      Double fu = ratio(fuMet, fuMet + fuLate + fuOver);
      if (fu != null) {
        sum += 0.4 * fu;
        weights += 0.4;
      }
      sum += 0.3 * done / received;
      weights += 0.3;
      if (ratings > 0) {
        sum += 0.2 * ((double) ratingSum / ratings - 1) / 4;
        weights += 0.2;
      }
      if (resolvedEver > 0) {
        sum += 0.1 * (1 - (double) reopened / resolvedEver);
        weights += 0.1;
      }
      return round(100 * sum / weights, 1);
    }
  }

  public Uni<StatsViews.AgencyPage> agencies(StatsFilter filter, StatsScope scope, int offset, int size) {
    StatsPeriod split = split(filter);
    Map<java.util.UUID, AgencyTally> tallies = new HashMap<>();
    List<Uni<RowSet<Row>>> parts = new ArrayList<>();
    if (split.months() != null) {
      StatsWhere w = StatsWhere.of(filter, scope, "month", List.of(split.months())).and("f.agency_id IS NOT NULL");
      parts.add(query("SELECT f.agency_id, " + ROLLUP_SUMS + " FROM report_facts_monthly f WHERE " + w.sql()
          + " GROUP BY 1", w));
    }
    if (!split.edges().isEmpty()) {
      StatsWhere w = StatsWhere.of(filter, scope, "received_on", split.edges()).and("f.agency_id IS NOT NULL");
      parts.add(query("SELECT f.agency_id, " + FACT_COUNTS + " FROM report_facts f WHERE " + w.sql()
          + " GROUP BY 1", w));
    }
    StatsWhere running = StatsWhere.of(filter, scope, "received_on", filter.from(), filter.to())
        .and("f.step_due_at IS NOT NULL").and("f.agency_id IS NOT NULL");
    Uni<RowSet<Row>> overdue = query("SELECT f.agency_id, count(*) FILTER (WHERE " + FOLLOW_UP_OVERDUE + ") AS fu_over"
        + " FROM report_facts f WHERE " + running.sql() + " GROUP BY 1", running);
    return Uni.join().all(parts).andFailFast().flatMap(counted -> overdue.flatMap(late -> {
      counted.forEach(rows -> rows.forEach(r -> tallies.computeIfAbsent(r.getUUID("agency_id"), k -> new AgencyTally())
          .add(r)));
      late.forEach(r -> {
        AgencyTally t = tallies.get(r.getUUID("agency_id"));
        if (t != null) {
          t.fuOver += r.getLong("fu_over");
        }
      });
      tallies.values().removeIf(t -> t.received == 0);
      return agencyRefs(tallies.keySet())
          .map(refs -> {
            List<StatsViews.AgencyRank> ranked = new ArrayList<>();
            for (StatsViews.AgencyRef ref : refs.values()) {
              AgencyTally t = tallies.get(ref.id());
              ranked.add(new StatsViews.AgencyRank(0, ref,
                  (int) t.received, (int) t.done, t.followUpShare(), ratio(t.done, t.received), t.satisfactionMean(),
                  ratio(t.reopened, t.resolvedEver), t.score()));
            }
            ranked.sort(java.util.Comparator.comparingDouble(StatsViews.AgencyRank::score).reversed()
                .thenComparing(java.util.Comparator.comparingInt(StatsViews.AgencyRank::received).reversed())
                .thenComparing(r -> r.agency().code()));
            List<StatsViews.AgencyRank> page = new ArrayList<>();
            for (int i = offset; i < Math.min(ranked.size(), offset + size); i++) {
              StatsViews.AgencyRank r = ranked.get(i);
              page.add(new StatsViews.AgencyRank(i + 1, r.agency(), r.received(), r.resolved(), r.followUpShare(),
                  r.resolutionShare(), r.satisfactionMean(), r.reopenRate(), r.score()));
            }
            String next = offset + size < ranked.size() ? KeyCursor.encode(Integer.toString(offset + size)) : null;
            return new StatsViews.AgencyPage(period(filter), page, next);
          });
    }));
  }

  // --- hotspots --------------------------------------------------------------------------

  record Spot(String area, java.util.UUID category) {}

  public Uni<StatsViews.Hotspots> hotspots(StatsFilter filter, StatsScope scope, boolean kelurahan, int size) {
    StatsFilter prev = filter.previous();
    return Uni.combine().all().unis(spots(filter, scope, kelurahan), spots(prev, scope, kelurahan)).asTuple()
        .flatMap(t -> {
          List<Map.Entry<Spot, Integer>> top = t.getItem1().entrySet().stream()
              .sorted(Map.Entry.<Spot, Integer>comparingByValue().reversed()
                  .thenComparing(e -> e.getKey().area()).thenComparing(e -> e.getKey().category()))
              .limit(size).toList();
          return pool.preparedQuery("SELECT 'c' AS kind, id::text AS key, code, name FROM category WHERE id = ANY($1)"
                  + " UNION ALL SELECT 'a', code, code, name FROM area WHERE code = ANY($2)")
              .execute(io.vertx.mutiny.sqlclient.Tuple.of(
                  top.stream().map(e -> e.getKey().category()).distinct().toArray(java.util.UUID[]::new),
                  top.stream().map(e -> e.getKey().area()).distinct().toArray(String[]::new)))
              .map(rows -> {
                Map<String, Row> names = new HashMap<>();
                rows.forEach(r -> names.put(r.getString("kind") + r.getString("key"), r));
                List<StatsViews.Hotspot> items = new ArrayList<>();
                for (Map.Entry<Spot, Integer> e : top) {
                  Row category = names.get("c" + e.getKey().category());
                  Row area = names.get("a" + e.getKey().area());
                  items.add(new StatsViews.Hotspot(e.getKey().area(), area == null ? null : area.getString("name"),
                      e.getKey().category(), category == null ? null : category.getString("code"),
                      category == null ? null : category.getString("name"), e.getValue(),
                      t.getItem2().getOrDefault(e.getKey(), 0)));
                }
                return new StatsViews.Hotspots(period(filter), kelurahan ? "kelurahan" : "kecamatan", items);
              });
        });
  }

  /** Reports per (area, category) in one period. */
  private Uni<Map<Spot, Integer>> spots(StatsFilter f, StatsScope scope, boolean kelurahan) {
    StatsPeriod split = kelurahan ? StatsPeriod.factsOnly(f.from(), f.to()) : split(f);
    String area = kelurahan ? "f.kelurahan_code" : "f.kecamatan_code";
    List<Uni<RowSet<Row>>> parts = new ArrayList<>();
    if (split.months() != null) {
      StatsWhere w = StatsWhere.of(f, scope, "month", List.of(split.months()))
          .and(area + " IS NOT NULL").and("f.category_id IS NOT NULL");
      parts.add(query("SELECT " + area + " AS area, f.category_id, sum(f.received) AS n FROM report_facts_monthly f"
          + " WHERE " + w.sql() + " GROUP BY 1, 2", w));
    }
    if (!split.edges().isEmpty()) {
      StatsWhere w = StatsWhere.of(f, scope, "received_on", split.edges())
          .and(area + " IS NOT NULL").and("f.category_id IS NOT NULL");
      parts.add(query("SELECT " + area + " AS area, f.category_id, count(*) AS n FROM report_facts f"
          + " WHERE " + w.sql() + " GROUP BY 1, 2", w));
    }
    return Uni.join().all(parts).andFailFast().map(results -> {
      Map<Spot, Integer> counts = new HashMap<>();
      results.forEach(rows -> rows.forEach(r -> counts.merge(new Spot(r.getString("area"), r.getUUID("category_id")),
          r.getLong("n").intValue(), Integer::sum)));
      counts.values().removeIf(n -> n == 0);
      return counts;
    });
  }

  // --- helpers ---------------------------------------------------------------------------

  /** The code and name of each agency, by id. */
  private Uni<Map<java.util.UUID, StatsViews.AgencyRef>> agencyRefs(java.util.Set<java.util.UUID> ids) {
    return pool.preparedQuery("SELECT id, code, name FROM agency WHERE id = ANY($1)")
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(ids.toArray(java.util.UUID[]::new)))
        .map(rows -> {
          Map<java.util.UUID, StatsViews.AgencyRef> refs = new HashMap<>();
          rows.forEach(r -> refs.put(r.getUUID("id"),
              new StatsViews.AgencyRef(r.getUUID("id"), r.getString("code"), r.getString("name"))));
          return refs;
        });
  }

  Uni<RowSet<Row>> query(String sql, StatsWhere where) {
    return pool.preparedQuery(sql).execute(where.tuple());
  }

  static StatsViews.Period period(StatsFilter f) {
    return new StatsViews.Period(f.from(), f.to());
  }
}
