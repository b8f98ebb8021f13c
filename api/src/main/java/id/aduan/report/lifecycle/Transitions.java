package id.aduan.report.lifecycle;

import id.aduan.common.error.ConflictException;
import id.aduan.common.error.Msg;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.holiday.WorkingCalendar;
import id.aduan.officer.OfficerService;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportViews;
import id.aduan.report.access.GuestPass;
import id.aduan.report.access.ReportAccess;
import id.aduan.report.privacy.PersonalDataReads;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way a report changes status: lock its row, check who may act (404 for those who may
 * not see it, 403 for those who may see but not act) and the status (409), apply the change and
 * append its event; the answer is the report as the actor may see it.
 */
@ApplicationScoped
class Transitions {
  private final ReportRepository reports;
  private final ReportEvents events;
  private final ReportMapper mapper;
  private final OfficerService officers;
  private final ReportAccess reading;
  private final PersonalDataReads personalDataReads;

  Transitions(ReportRepository reports, ReportEvents events, ReportMapper mapper, OfficerService officers,
      ReportAccess reading, PersonalDataReads personalDataReads) {
    this.reports = reports;
    this.events = events;
    this.mapper = mapper;
    this.officers = officers;
    this.reading = reading;
    this.personalDataReads = personalDataReads;
  }

  /**
   * A step of the agency handling the report. An officer who may see the report but whose
   * agency no longer handles it gets 409; one who may not see it gets 404.
   */
  Uni<ReportViews.Detail> agencyStep(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, BiFunction<Report, OfficerService.Scope, Uni<Map<String, Object>>> change) {
    return officers.scopeOf(caller).flatMap(scope -> transition(id, type, action, allowedFrom, caller,
        scope.agencyId(),
        r -> reports.wasForwardedToAny(r.id, scope.agencies()).map(seen -> {
          if (!seen) {
            throw ReportAccess.noSuchReport();
          }
          return null;
        }),
        r -> {
          if (!scope.covers(r.currentAgencyId)) {
            throw new ConflictException(Msg.of("report.notYourAgency"));
          }
          return change.apply(r, scope);
        }));
  }

  Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, Function<Report, Uni<Map<String, Object>>> change) {
    return transition(id, type, action, allowedFrom, caller, null, r -> Uni.createFrom().voidItem(), change);
  }

  /**
   * A step of the reporter (a citizen's token or a guest's PIN): others who may see the report
   * get 403, others 404.
   */
  Uni<ReportViews.Detail> reporterStep(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, GuestPass pass, Function<Report, Uni<Map<String, Object>>> change) {
    ReportAccess.requireCredentials(caller, pass);
    return transition(id, type, action, allowedFrom, caller, null,
        r -> reading.access(r, caller, pass).map(access -> {
          if (access.relation() != ReportAccess.Relation.REPORTER) {
            throw new ForbiddenException("Only the reporter may do this.");
          }
          return null;
        }), change, ReportAccess.Relation.REPORTER);
  }

  /**
   * Locks the report, then: {@code mayAct} (fails with 404 when the caller may not even see
   * it), the status check (409), {@code change}, and the event.
   */
  Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, UUID actorAgency, Function<Report, Uni<Void>> mayAct,
      Function<Report, Uni<Map<String, Object>>> change) {
    ReportAccess.Relation viewer = caller.hasRole(Roles.ADMIN) ? ReportAccess.Relation.ADMIN
        : ReportAccess.Relation.OFFICER;
    return transition(id, type, action, allowedFrom, caller, actorAgency, mayAct, change, viewer);
  }

  Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, UUID actorAgency, Function<Report, Uni<Void>> mayAct,
      Function<Report, Uni<Map<String, Object>>> change, ReportAccess.Relation viewer) {
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .call(r -> mayAct.apply(r))
        .flatMap(r -> {
          if (!allowedFrom.contains(r.status)) {
            return Uni.createFrom().failure(notAllowed(r.status, action, allowedFrom));
          }
          ReportStatus from = r.status;
          return change.apply(r).flatMap(d -> {
            r.updatedAt = ReportEvents.now();
            return events.append(r, type, from, caller, actorAgency, d);
          }).replaceWith(r);
        })
        .flatMap(r -> personalDataReads.logged(mapper.toDetail(r, ReportAccess.showsReporter(viewer, r),
            ReportAccess.masksPhone(viewer)), viewer, caller, type.name().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The clock stood still while on hold: the working days left then are left now. */
  static void resumeClock(Report r, WorkingCalendar cal) {
    int left = cal.workingDaysBetween(r.holdStartedAt, r.verifyDueAt);
    r.verifyDueAt = cal.dueAfter(ReportEvents.now(), left);
    r.holdStartedAt = null;
  }

  static ConflictException notAllowed(ReportStatus current, String action, Set<ReportStatus> allowedFrom) {
    String allowed = allowedFrom.stream().map(Enum::name).collect(Collectors.joining(" or "));
    return new ConflictException(Msg.of("report.transition.notAllowed",
        "status", current, "action", action, "allowed", allowed));
  }

  /** Details without null values, in the order given. */
  static Map<String, Object> details(Object... keysAndValues) {
    Map<String, Object> d = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        d.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return d;
  }
}
