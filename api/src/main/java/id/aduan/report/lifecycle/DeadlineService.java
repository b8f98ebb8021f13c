package id.aduan.report.lifecycle;

import id.aduan.agency.AgencyService;
import id.aduan.common.config.AppConfig;
import id.aduan.common.security.Caller;
import id.aduan.holiday.HolidayService;
import id.aduan.holiday.WorkingCalendar;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportStatus;
import id.aduan.report.intake.IdempotencyRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the clock does to reports: closes resolved reports the reporter left unanswered,
 * forgets Idempotency-Keys after a day, and escalates missed deadlines, first to the agency head (or the admins), then to the parent
 * agency, which from then on sees the report. One instance at a time does it (a PostgreSQL
 * advisory lock), in batches, each report with its event in the same transaction.
 */
@ApplicationScoped
public class DeadlineService {
  /** Any fixed number; it names the lock of this job among the database's advisory locks. */
  static final long LOCK_KEY = 0x4164_7561_6E01L;
  static final int BATCH = 200;

  private final ReportRepository reports;
  private final ReportEvents events;
  private final HolidayService holidays;
  private final AgencyService agencies;
  private final AppConfig.Deadlines deadlines;
  private final IdempotencyRepository idempotency;

  DeadlineService(ReportRepository reports, ReportEvents events, HolidayService holidays, AgencyService agencies,
      AppConfig config, IdempotencyRepository idempotency) {
    this.idempotency = idempotency;
    this.reports = reports;
    this.events = events;
    this.holidays = holidays;
    this.agencies = agencies;
    this.deadlines = config.deadlines();
  }

  /** How many reports one run closed and escalated; {@code skipped} when another instance held the lock. */
  public record Outcome(int closed, int escalated, boolean skipped) {}

  public Uni<Outcome> run(Instant now) {
    return Panache.withTransaction(() -> reports.tryAdvisoryLock(LOCK_KEY).flatMap(locked -> {
      if (!locked) {
        return Uni.createFrom().item(new Outcome(0, 0, true));
      }
      return holidays.calendar().flatMap(cal -> closeDue(now)
          .flatMap(closed -> escalate(now, cal).map(escalated -> new Outcome(closed, escalated, false))))
          .call(o -> idempotency.purgeOlderThan(now.minus(IdempotencyRepository.RETENTION)));
    })).invoke(o -> {
      // Debug lines that the scale-out check counts per instance: who took the lock, who skipped.
      if (o.skipped()) {
        Log.debug("Deadline job: skipped, another instance holds the lock");
        return;
      }
      Log.debugf("Deadline job: took the lock; %d closed, %d escalated", o.closed(), o.escalated());
      if (o.closed() + o.escalated() > 0) {
        Log.infof("Deadlines: %d reports closed, %d escalated", o.closed(), o.escalated());
      }
    });
  }

  private Uni<Integer> closeDue(Instant now) {
    return reports.find("status = ?1 and closeDueAt <= ?2 order by closeDueAt", ReportStatus.RESOLVED, now)
        .withLock(LockModeType.PESSIMISTIC_WRITE).range(0, BATCH - 1).list()
        .flatMap(due -> each(due, r -> {
          r.status = ReportStatus.CLOSED;
          r.clearDeadlines();
          r.updatedAt = ReportEvents.now();
          return events.append(r, ReportEvent.Type.CLOSED, ReportStatus.RESOLVED, Caller.SYSTEM,
              Map.of("automatic", true)).replaceWithVoid();
        }));
  }

  private Uni<Integer> escalate(Instant now, WorkingCalendar cal) {
    return reports.find("escalationLevel < 2 and ((status in ?1 and verifyDueAt <= ?2)"
                + " or (status = ?3 and followUpDueAt <= ?2)) order by createdAt",
            List.of(ReportStatus.SUBMITTED, ReportStatus.VERIFIED), now, ReportStatus.FORWARDED)
        .withLock(LockModeType.PESSIMISTIC_WRITE).range(0, BATCH - 1).list()
        // Counted are the reports that got an ESCALATED event, not those looked at.
        .flatMap(late -> Multi.createFrom().iterable(late).onItem()
            .transformToUniAndConcatenate(r -> escalateOne(r, now, cal)).collect().asList()
            .map(done -> (int) done.stream().filter(Boolean::booleanValue).count()));
  }

  private Uni<Boolean> escalateOne(Report r, Instant now, WorkingCalendar cal) {
    boolean withAgency = r.status == ReportStatus.FORWARDED;
    Instant due = withAgency ? r.followUpDueAt : r.verifyDueAt;
    int level = now.isBefore(cal.dueAfter(due, deadlines.escalateToParent())) ? 1 : 2;
    if (level <= r.escalationLevel) {
      return Uni.createFrom().item(false);
    }
    r.overdue = true;
    r.escalationLevel = (short) level;
    r.updatedAt = ReportEvents.now();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("level", level);
    details.put("deadline", withAgency ? "FOLLOW_UP" : "VERIFY");
    details.put("dueAt", due.toString());
    Uni<UUID> parent = level == 2 && withAgency ? agencies.parentOf(r.currentAgencyId) : Uni.createFrom().nullItem();
    return parent
        .call(p -> p == null ? Uni.createFrom().voidItem() : reports.recordForward(r.id, p, r.updatedAt))
        .flatMap(p -> {
          if (p != null) {
            details.put("parentAgencyId", p);
          }
          return events.append(r, ReportEvent.Type.ESCALATED, r.status, Caller.SYSTEM, details);
        })
        .replaceWith(true);
  }

  /** One after the other: a session runs one statement at a time. */
  private static Uni<Integer> each(List<Report> rows, java.util.function.Function<Report, Uni<Void>> action) {
    return Multi.createFrom().iterable(rows).onItem().transformToUniAndConcatenate(r -> action.apply(r).replaceWith(r))
        .collect().asList().map(done -> rows.size());
  }
}
