package id.aduan.report.lifecycle;

import static id.aduan.report.ReportStatus.ON_HOLD;
import static id.aduan.report.ReportStatus.SUBMITTED;

import id.aduan.attachment.AttachmentService;
import id.aduan.common.Uuids;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.security.Caller;
import id.aduan.holiday.HolidayService;
import id.aduan.officer.OfficerService;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportMessage;
import id.aduan.report.ReportMessageRepository;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportViews;
import id.aduan.report.access.GuestPass;
import id.aduan.report.access.ReportAccess;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What a reporter does on their report (confirm or dispute a resolution, reply, attach a file),
 * and officials' messages and files, each under the report's row lock.
 */
@ApplicationScoped
public class ReporterActionsService {
  private static final Set<ReportStatus> CLOSED_TO_REPORTERS = EnumSet.of(ReportStatus.CLOSED, ReportStatus.ARCHIVED);


  private final Transitions transitions;
  private final ReportRepository reports;
  private final ReportEvents events;
  private final ReportMapper mapper;
  private final HolidayService holidays;
  private final AppConfig.Deadlines deadlines;
  private final ReportAccess reading;
  private final ReportMessageRepository messages;
  private final AttachmentService attachments;

  ReporterActionsService(Transitions transitions, ReportRepository reports, ReportEvents events, ReportMapper mapper,
      HolidayService holidays, AppConfig config, ReportAccess reading, ReportMessageRepository messages,
      AttachmentService attachments) {
    this.transitions = transitions;
    this.reports = reports;
    this.events = events;
    this.mapper = mapper;
    this.holidays = holidays;
    this.deadlines = config.deadlines();
    this.reading = reading;
    this.messages = messages;
    this.attachments = attachments;
  }

  /** The reporter accepts the resolution with a rating; the report closes. */
  @WithTransaction
  public Uni<ReportViews.Detail> confirm(UUID id, @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Confirmation cmd, Caller caller,
      GuestPass pass) {
    Log.debugf("confirm %s", id);
    return transitions.reporterStep(id, ReportEvent.Type.CONFIRMED, "confirmed", EnumSet.of(ReportStatus.RESOLVED), caller, pass,
        r -> {
          r.status = ReportStatus.CLOSED;
          r.clearDeadlines();
          r.rating = cmd.rating().shortValue();
          r.ratingComment = blankToNull(cmd.comment());
          return Uni.createFrom().item(Transitions.details("rating", cmd.rating(), "comment", r.ratingComment));
        });
  }

  /**
   * The reporter rejects the resolution before the report closes by itself: it goes back to
   * the agency, flagged as reopened and escalated to the agency head.
   */
  @WithTransaction
  public Uni<ReportViews.Detail> dispute(UUID id, @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Dispute cmd, Caller caller,
      GuestPass pass) {
    Log.debugf("dispute %s", id);
    return holidays.calendar().flatMap(cal -> transitions.reporterStep(id, ReportEvent.Type.DISPUTED, "disputed",
        EnumSet.of(ReportStatus.RESOLVED), caller, pass, r -> {
          if (r.closeDueAt != null && ReportEvents.now().isAfter(r.closeDueAt)) {
            // The job may not have closed it yet, but the time to dispute is over.
            throw new ConflictException(Msg.of("report.dispute.tooLate"));
          }
          r.status = ReportStatus.IN_PROGRESS;
          r.clearDeadlines();
          r.reopened = true;
          r.escalationLevel = 1;
          r.followUpDueAt = cal.dueAfter(ReportEvents.now(), deadlines.followUp());
          return Uni.createFrom().item(Transitions.details("reason", cmd.reason().strip()));
        }));
  }

  /**
   * A message: the reporter's replies (which also answer an admin's question: an ON_HOLD report
   * goes back to SUBMITTED and its clock runs again), officials' replies and internal notes.
   * Supervisors only read.
   */
  @WithTransaction
  public Uni<ReportViews.Message> postMessage(UUID id, @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Message cmd, Caller caller,
      GuestPass pass) {
    Log.debugf("message on %s", id);
    boolean internal = Boolean.TRUE.equals(cmd.internal());
    ReportAccess.requireCredentials(caller, pass);
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .flatMap(r -> reading.access(r, caller, pass).flatMap(access -> {
          ReportAccess.Relation rel = access.relation();
          OfficerService.Scope sc = access.scope();
          if (rel == ReportAccess.Relation.SUPERVISOR) {
            throw new ForbiddenException("Supervisors read reports; they do not write on them.");
          }
          if (rel == ReportAccess.Relation.REPORTER && internal) {
            throw new InvalidInputException("internal", Msg.of("report.message.internalForOfficials"));
          }
          if (rel == ReportAccess.Relation.OFFICER && !internal && !sc.covers(r.currentAgencyId)) {
            // An agency that once had the report reads its history; only the one handling it answers.
            throw new ConflictException(Msg.of("report.notYourAgency"));
          }
          if (rel == ReportAccess.Relation.REPORTER && CLOSED_TO_REPORTERS.contains(r.status)) {
            throw new ConflictException(Msg.of("report.message.closed", "status", r.status));
          }
          return holidays.calendar().flatMap(cal -> {
            ReportStatus from = r.status;
            if (rel == ReportAccess.Relation.REPORTER && r.status == ON_HOLD) {
              Transitions.resumeClock(r, cal);
              r.status = SUBMITTED;
            }
            ReportMessage m = new ReportMessage();
            m.id = Uuids.v7();
            m.reportId = r.id;
            m.internal = internal;
            m.body = cmd.body().strip();
            m.authorRole = ReportEvents.roleOf(caller);
            m.authorSubject = caller.subject();
            m.authorName = rel.official() ? caller.name() : null;
            m.authorAgencyId = sc.agencyId();
            m.createdAt = ReportEvents.now();
            r.updatedAt = m.createdAt;
            return messages.persist(m)
                .call(x -> events.append(r, ReportEvent.Type.MESSAGE_POSTED, from, caller, sc.agencyId(),
                    Transitions.details("messageId", m.id, "internal", internal)))
                .map(mapper::toMessage);
          });
        }));
  }

  /**
   * A file from the reporter (token or PIN) or from an officer of the agency handling the
   * report; others who may see the report get 403.
   */
  @WithTransaction
  public Uni<ReportViews.AttachmentView> attach(UUID id, AttachmentService.Prepared file, Caller caller, GuestPass pass) {
    Log.debugf("attach %s to %s", file.mediaType(), id);
    ReportAccess.requireCredentials(caller, pass);
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .flatMap(r -> reading.access(r, caller, pass).flatMap(access -> {
          OfficerService.Scope sc = access.scope();
          checkMayAttach(r, access);
          r.updatedAt = ReportEvents.now();
          return attachments.store(r.id, file, ReportEvents.roleOf(caller), caller.subject())
              .call(a -> events.append(r, ReportEvent.Type.ATTACHMENT_ADDED, r.status, caller, sc.agencyId(),
                  Transitions.details("attachmentId", a.id, "mediaType", a.mediaType, "size", a.size)))
              .map(mapper::toAttachment);
        }));
  }

  /**
   * Whether the caller may attach a file to the report now, asked before an upload is read,
   * detected or stripped; {@link #attach} asks again under the report's lock.
   */
  @WithSession
  public Uni<Void> mayAttach(UUID id, Caller caller, GuestPass pass) {
    ReportAccess.requireCredentials(caller, pass);
    return reports.findById(id)
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .flatMap(r -> reading.access(r, caller, pass).invoke(access -> checkMayAttach(r, access)))
        .replaceWithVoid();
  }

  private static void checkMayAttach(Report r, ReportAccess.Access access) {
    ReportAccess.Relation rel = access.relation();
    boolean handling = rel == ReportAccess.Relation.OFFICER && access.scope().covers(r.currentAgencyId);
    if (rel != ReportAccess.Relation.REPORTER && !handling) {
      throw new ForbiddenException("Only the reporter or the agency handling the report may attach files.");
    }
    if (rel == ReportAccess.Relation.REPORTER && CLOSED_TO_REPORTERS.contains(r.status)) {
      throw new ConflictException(Msg.of("report.file.closed", "status", r.status));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
