package id.aduan.report.inbox;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.holiday.HolidayService;
import id.aduan.holiday.WorkingCalendar;
import id.aduan.officer.OfficerService;
import id.aduan.report.QueueCursor;
import id.aduan.report.Report;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportViews;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Work queues, most urgent first: the admins' verification queue (admins and supervisors) and
 * each agency's queue of the reports it handles now (its officers, sub-units included).
 */
@ApplicationScoped
public class InboxService {
  static final Set<ReportStatus> ADMIN_QUEUE = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.VERIFIED);
  static final Set<ReportStatus> AGENCY_DEFAULT = EnumSet.of(ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS);
  static final Set<ReportStatus> AGENCY_QUEUE =
      EnumSet.of(ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED);

  private final ReportRepository reports;
  private final OfficerService officers;
  private final HolidayService holidays;

  InboxService(ReportRepository reports, OfficerService officers, HolidayService holidays) {
    this.reports = reports;
    this.officers = officers;
    this.holidays = holidays;
  }

  @WithSession
  public Uni<Page<ReportViews.InboxItem>> inbox(Caller caller, ReportStatus status, UUID categoryId, Boolean overdue,
      String cursor, int size) {
    QueueCursor after = QueueCursor.decode(cursor);
    boolean adminQueue = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.SUPERVISOR);
    Set<ReportStatus> allowed = adminQueue ? ADMIN_QUEUE : AGENCY_QUEUE;
    if (status != null && !allowed.contains(status)) {
      throw new InvalidInputException("status", Msg.of("report.inbox.status",
          "values", allowed.stream().map(Enum::name).collect(Collectors.joining(", "))));
    }
    Set<ReportStatus> statuses = status != null ? Set.of(status) : adminQueue ? ADMIN_QUEUE : AGENCY_DEFAULT;
    Uni<List<Report>> rows = adminQueue
        ? reports.queue(null, statuses, categoryId, overdue, after, size + 1)
        : officers.scopeOf(caller).flatMap(scope -> scope.agencies().isEmpty()
            ? Uni.createFrom().item(List.<Report>of())
            : reports.queue(scope.agencies(), statuses, categoryId, overdue, after, size + 1));
    return rows.flatMap(list -> holidays.calendar().map(cal -> toPage(list, size, cal)));
  }

  private static Page<ReportViews.InboxItem> toPage(List<Report> rows, int size, WorkingCalendar cal) {
    Instant now = Instant.now();
    return Page.of(rows, size, r -> new QueueCursor(r.currentDue(), r.id).encode(), r -> {
      Instant due = r.currentDue();
      return new ReportViews.InboxItem(r.id, r.trackingCode, r.type, r.status, r.title, r.currentAgencyId, due,
          due == null ? null : cal.workingDaysLeft(now, due), r.overdue, r.escalationLevel, r.reopened, r.createdAt);
    });
  }
}
