package id.aduan.report;

import id.aduan.common.config.AppConfig;
import id.aduan.holiday.HolidayService;
import id.aduan.holiday.WorkingCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the statistics row of every report that has none, by replaying its events: reports
 * from before V10, and rows written straight into the database (imports, the benchmark seed).
 * Batches in id order, each in one transaction that holds the reports' row locks, so a
 * transition of the same report waits and then finds the row. Idle when every report has one.
 */
@ApplicationScoped
public class ReportFactsBackfill {
  static final int BATCH = 1000;

  private final ReportRepository reports;
  private final ReportEventRepository events;
  private final ReportFactsRepository facts;
  private final HolidayService holidays;
  private final AppConfig.Deadlines deadlines;

  ReportFactsBackfill(ReportRepository reports, ReportEventRepository events, ReportFactsRepository facts,
      HolidayService holidays, AppConfig config) {
    this.reports = reports;
    this.events = events;
    this.facts = facts;
    this.holidays = holidays;
    this.deadlines = config.deadlines();
  }

  @Scheduled(identity = "report-facts-backfill", every = "${aduan.facts-backfill.every:1h}", delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return run().invoke(n -> {
      if (n > 0) {
        Log.infof("Statistics: built the facts of %d reports from their events", n);
      }
    }).replaceWithVoid();
  }

  /** Fills every missing row; the number of reports done. */
  public Uni<Integer> run() {
    return batchesAfter(null, 0);
  }

  private Uni<Integer> batchesAfter(UUID after, int done) {
    return Panache.withTransaction(() -> batch(after)).flatMap(last -> last == null
        ? Uni.createFrom().item(done)
        : batchesAfter(last.id(), done + last.count()));
  }

  private record Last(UUID id, int count) {}

  /** One batch; the last report id looked at, or null when there was none left. */
  private Uni<Last> batch(UUID after) {
    String missing = "not exists (select 1 from ReportFacts f where f.reportId = r.id)";
    var query = after == null
        ? reports.find("from Report r where " + missing + " order by r.id")
        : reports.find("from Report r where r.id > ?1 and " + missing + " order by r.id", after);
    return query.withLock(LockModeType.PESSIMISTIC_WRITE).range(0, BATCH - 1).list().flatMap(batch -> {
      if (batch.isEmpty()) {
        return Uni.createFrom().nullItem();
      }
      List<UUID> ids = batch.stream().map(r -> r.id).toList();
      return events.find("reportId in ?1 order by reportId, seq", ids).list()
          .flatMap(all -> holidays.calendar().flatMap(cal -> {
            Map<UUID, List<ReportEvent>> byReport = all.stream()
                .collect(Collectors.groupingBy(e -> e.reportId));
            // A history that does not start with the submission (rows written by hand) has no
            // received time to measure from: it is left out rather than stop every later batch.
            List<ReportFacts> rows = batch.stream()
                .filter(r -> byReport.containsKey(r.id)
                    && byReport.get(r.id).get(0).type == ReportEvent.Type.SUBMITTED)
                .map(r -> replay(r, byReport.get(r.id), cal))
                .toList();
            return facts.persist(rows);
          }))
          .replaceWith(new Last(ids.get(ids.size() - 1), batch.size()));
    });
  }

  /** The row a report's whole history gives: what the transitions built one event at a time. */
  ReportFacts replay(Report r, List<ReportEvent> history, WorkingCalendar cal) {
    ReportFacts f = new ReportFacts();
    history.forEach(e -> f.apply(e, r, cal, deadlines));
    return f;
  }
}
