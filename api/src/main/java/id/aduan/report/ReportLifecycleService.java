package id.aduan.report;

import static id.aduan.report.ReportStatus.ON_HOLD;
import static id.aduan.report.ReportStatus.SUBMITTED;
import static id.aduan.report.ReportStatus.VERIFIED;

import id.aduan.agency.AgencyService;
import id.aduan.attachment.AttachmentService;
import id.aduan.category.CategoryService;
import id.aduan.common.Uuids;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.security.Caller;
import io.quarkus.security.ForbiddenException;
import id.aduan.common.security.Roles;
import id.aduan.holiday.HolidayService;
import id.aduan.holiday.WorkingCalendar;
import id.aduan.officer.OfficerService;
import id.aduan.privacy.PersonalDataDetector;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report lifecycle: each transition locks the report's row, checks that the current
 * status allows it (409 naming the allowed ones otherwise), changes the report and appends
 * an event, all in one transaction. The row lock makes concurrent transitions queue, so the
 * second one sees the first one's result and is refused if it no longer applies.
 */
@ApplicationScoped
public class ReportLifecycleService {
  static final Set<ReportStatus> VERIFIABLE = EnumSet.of(SUBMITTED, ON_HOLD);
  static final Set<ReportStatus> HOLDABLE = EnumSet.of(SUBMITTED, VERIFIED);
  static final Set<ReportStatus> ARCHIVABLE = EnumSet.of(SUBMITTED, ON_HOLD, VERIFIED);
  static final Set<ReportStatus> FORWARDABLE = EnumSet.of(VERIFIED);
  static final Set<ReportStatus> WITH_AGENCY = EnumSet.of(ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS);
  static final Set<ReportStatus> RESOLVABLE = EnumSet.of(ReportStatus.IN_PROGRESS);

  private final PersonalDataReads personalDataReads;
  private final ReportRepository reports;
  private final ReportEvents events;
  private final ReportMapper mapper;
  private final AgencyService agencies;
  private final OfficerService officers;
  private final HolidayService holidays;
  private final AppConfig.Deadlines deadlines;
  private final ReportService reading;
  private final ReportMessageRepository messages;
  private final CategoryService categories;
  private final AttachmentService attachments;

  ReportLifecycleService(ReportRepository reports, ReportEvents events, ReportMapper mapper, AgencyService agencies,
      OfficerService officers, HolidayService holidays, AppConfig config, ReportService reading,
      ReportMessageRepository messages, CategoryService categories, AttachmentService attachments,
      PersonalDataReads personalDataReads) {
    this.personalDataReads = personalDataReads;
    this.attachments = attachments;
    this.categories = categories;
    this.reading = reading;
    this.messages = messages;
    this.reports = reports;
    this.events = events;
    this.mapper = mapper;
    this.agencies = agencies;
    this.officers = officers;
    this.holidays = holidays;
    this.deadlines = config.deadlines();
  }

  @WithTransaction
  public Uni<ReportViews.Detail> verify(UUID id, @NotNull LifecycleCommands.Verification cmd, Caller caller) {
    Log.debugf("verify %s", id);
    Uni<Void> category = cmd.categoryId() == null ? Uni.createFrom().voidItem()
        : categories.requireActive(cmd.categoryId(), "categoryId").replaceWithVoid();
    // The admin's moderation comes first, as an event of its own: the history shows what the
    // public was given to read, and by whom. A refused verification takes it back with it.
    Uni<Void> moderation = cmd.moderation().changesNothing() ? Uni.createFrom().voidItem()
        : moderated(id, cmd.moderation(), caller, VERIFIABLE, "verified").replaceWithVoid();
    return category.call(x -> moderation).flatMap(x -> holidays.calendar()).flatMap(cal -> transition(id, ReportEvent.Type.VERIFIED, "verified", VERIFIABLE, caller, r -> {
      if (cmd.categoryId() != null) {
        r.categoryId = cmd.categoryId();
      }
      if (r.holdStartedAt != null) {
        resumeClock(r, cal);
      }
      if (cmd.anonymous() != null) {
        r.anonymous = cmd.anonymous();
      }
      if (cmd.confidential() != null) {
        r.confidential = cmd.confidential();
      }
      r.status = VERIFIED;
      return Uni.createFrom().item(details("categoryId", r.categoryId, "anonymous", r.anonymous,
          "confidential", r.confidential));
    }));
  }

  /**
   * An admin edits what the public reads of a report: its public title and description (the
   * reporter's originals stay as written) and which photos are published. Any status.
   */
  @WithTransaction
  public Uni<ReportViews.Detail> moderate(UUID id, @Valid @NotNull LifecycleCommands.Moderation cmd, Caller caller) {
    Log.debugf("moderate %s", id);
    if (cmd.changesNothing()) {
      throw new InvalidInputException("publicTitle", "names nothing to change: give publicTitle, publicDescription or publicPhotoIds");
    }
    return moderated(id, cmd, caller, EnumSet.allOf(ReportStatus.class), "moderated");
  }

  private Uni<ReportViews.Detail> moderated(UUID id, LifecycleCommands.Moderation cmd, Caller caller,
      Set<ReportStatus> allowedFrom, String action) {
    return transition(id, ReportEvent.Type.MODERATED, action, allowedFrom, caller, r -> {
      List<String> fields = new ArrayList<>();
      if (cmd.publicTitle() != null) {
        // What the detector finds in the admin's text is masked too: an edit cannot publish a NIK.
        r.publicTitle = PersonalDataDetector.mask(cmd.publicTitle().strip());
        fields.add("publicTitle");
      }
      if (cmd.publicDescription() != null) {
        r.publicDescription = PersonalDataDetector.mask(cmd.publicDescription().strip());
        fields.add("publicDescription");
      }
      Uni<Void> photos = Uni.createFrom().voidItem();
      if (cmd.publicPhotoIds() != null) {
        fields.add("publicPhotoIds");
        photos = attachments.publish(r.id, new LinkedHashSet<>(cmd.publicPhotoIds()), "publicPhotoIds");
      }
      return photos.map(x -> details("fields", fields, "publicPhotoIds", cmd.publicPhotoIds(),
          "reason", cmd.reason() == null || cmd.reason().isBlank() ? null : cmd.reason().strip()));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> hold(UUID id, @Valid @NotNull LifecycleCommands.Hold cmd, Caller caller) {
    Log.debugf("hold %s", id);
    return transition(id, ReportEvent.Type.HELD, "put on hold", HOLDABLE, caller, r -> {
      r.status = ON_HOLD;
      r.holdStartedAt = ReportEvents.now();
      return Uni.createFrom().item(details("message", cmd.message().strip()));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> archive(UUID id, @Valid @NotNull LifecycleCommands.Archive cmd, Caller caller) {
    Log.debugf("archive %s as %s", id, cmd.reason());
    boolean duplicate = cmd.reason() == LifecycleCommands.ArchiveReason.DUPLICATE;
    if (duplicate && cmd.duplicateOf() == null) {
      throw new InvalidInputException("duplicateOf", "is required when the reason is DUPLICATE");
    }
    if (!duplicate && cmd.duplicateOf() != null) {
      throw new InvalidInputException("duplicateOf", "is only for the reason DUPLICATE");
    }
    if (duplicate && cmd.duplicateOf().equals(id)) {
      throw new InvalidInputException("duplicateOf", "cannot be the report itself");
    }
    Uni<Void> original = duplicate
        ? reports.findById(cmd.duplicateOf()).map(o -> {
          if (o == null) {
            throw new InvalidInputException("duplicateOf", "is not a report");
          }
          return null;
        })
        : Uni.createFrom().voidItem();
    return original.flatMap(x -> transition(id, ReportEvent.Type.ARCHIVED, "archived", ARCHIVABLE, caller, r -> {
      r.status = ReportStatus.ARCHIVED;
      r.clearDeadlines();
      r.archiveReason = cmd.reason();
      r.duplicateOf = cmd.duplicateOf();
      return Uni.createFrom().item(details("reason", cmd.reason().name(), "duplicateOf", cmd.duplicateOf()));
    }));
  }

  /**
   * Disposisi: an admin forwards a verified report to any active agency; an officer of the
   * agency handling it forwards it to one of that agency's sub-units.
   */
  @WithTransaction
  public Uni<ReportViews.Detail> forward(UUID id, @Valid @NotNull LifecycleCommands.Forward cmd, Caller caller) {
    Log.debugf("forward %s to %s", id, cmd.agencyId());
    String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
    if (caller.hasRole(Roles.ADMIN)) {
      return agencies.requireActive(cmd.agencyId(), "agencyId").flatMap(agency -> holidays.calendar())
          .flatMap(cal -> transition(id, ReportEvent.Type.FORWARDED, "forwarded", FORWARDABLE, caller, r -> {
            r.status = ReportStatus.FORWARDED;
            r.currentAgencyId = cmd.agencyId();
            r.clearDeadlines();
            r.followUpDueAt = cal.dueAfter(ReportEvents.now(), deadlines.followUp());
            return reports.recordForward(r.id, r.currentAgencyId, ReportEvents.now())
                .replaceWith(details("agencyId", r.currentAgencyId, "note", note));
          }));
    }
    return agencyStep(id, ReportEvent.Type.FORWARDED, "forwarded", WITH_AGENCY, caller, (r, scope) -> {
      if (cmd.agencyId().equals(r.currentAgencyId)) {
        throw new InvalidInputException("agencyId", "is the agency already handling the report");
      }
      return agencies.subtree(r.currentAgencyId)
          .flatMap(sub -> {
            if (!sub.contains(cmd.agencyId())) {
              throw new InvalidInputException("agencyId", "is not a sub-unit of the agency handling the report");
            }
            return agencies.requireActive(cmd.agencyId(), "agencyId");
          })
          .flatMap(agency -> holidays.calendar().map(cal -> {
            if (r.followUpDueAt == null) {
              // Already followed up: the sub-unit gets its own first follow-up deadline. Otherwise
              // the original deadline stands: passing a report down does not restart the clock.
              r.followUpDueAt = cal.dueAfter(ReportEvents.now(), deadlines.followUp());
            }
            return agency;
          }))
          .flatMap(agency -> {
            r.status = ReportStatus.FORWARDED;
            r.currentAgencyId = agency.id;
            return reports.recordForward(r.id, agency.id, ReportEvents.now())
                .replaceWith(details("agencyId", agency.id, "note", note));
          });
    });
  }

  /** Bukan wewenang: the agency hands the report back to the admin, who forwards it elsewhere. */
  @WithTransaction
  public Uni<ReportViews.Detail> returnToAdmin(UUID id, @Valid @NotNull LifecycleCommands.Return cmd, Caller caller) {
    Log.debugf("return %s", id);
    return agencyStep(id, ReportEvent.Type.RETURNED, "returned", WITH_AGENCY, caller, (r, scope) -> {
      UUID from = r.currentAgencyId;
      r.status = VERIFIED;
      r.currentAgencyId = null;
      return holidays.calendar().map(cal -> {
        r.clearDeadlines();
        r.verifyDueAt = cal.dueAfter(ReportEvents.now(), deadlines.verify());
        return details("agencyId", from, "reason", cmd.reason().strip());
      });
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> followUp(UUID id, @Valid @NotNull LifecycleCommands.FollowUp cmd, Caller caller) {
    Log.debugf("follow up %s", id);
    return agencyStep(id, ReportEvent.Type.FOLLOWED_UP, "followed up", WITH_AGENCY, caller, (r, scope) -> {
      r.status = ReportStatus.IN_PROGRESS;
      r.followUpDueAt = null;
      r.overdue = false;
      r.escalationLevel = 0;
      return Uni.createFrom().item(details("message", cmd.message().strip()));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> resolve(UUID id, @Valid @NotNull LifecycleCommands.Resolution cmd, Caller caller) {
    Log.debugf("resolve %s", id);
    return agencyStep(id, ReportEvent.Type.RESOLVED, "resolved", RESOLVABLE, caller, (r, scope) -> {
      r.status = ReportStatus.RESOLVED;
      return holidays.calendar().map(cal -> {
        r.clearDeadlines();
        r.closeDueAt = cal.dueAfter(ReportEvents.now(), deadlines.autoClose());
        return details("resolution", cmd.resolution().strip());
      });
    });
  }

  /** The reporter accepts the resolution with a rating; the report closes. */
  @WithTransaction
  public Uni<ReportViews.Detail> confirm(UUID id, @Valid @NotNull(message = "is required") LifecycleCommands.Confirmation cmd, Caller caller,
      GuestPass pass) {
    Log.debugf("confirm %s", id);
    return reporterStep(id, ReportEvent.Type.CONFIRMED, "confirmed", EnumSet.of(ReportStatus.RESOLVED), caller, pass,
        r -> {
          r.status = ReportStatus.CLOSED;
          r.clearDeadlines();
          r.rating = cmd.rating().shortValue();
          r.ratingComment = blankToNull(cmd.comment());
          return Uni.createFrom().item(details("rating", cmd.rating(), "comment", r.ratingComment));
        });
  }

  /**
   * The reporter rejects the resolution before the report closes by itself: it goes back to
   * the agency, flagged as reopened and escalated to the agency head.
   */
  @WithTransaction
  public Uni<ReportViews.Detail> dispute(UUID id, @Valid @NotNull(message = "is required") LifecycleCommands.Dispute cmd, Caller caller,
      GuestPass pass) {
    Log.debugf("dispute %s", id);
    return holidays.calendar().flatMap(cal -> reporterStep(id, ReportEvent.Type.DISPUTED, "disputed",
        EnumSet.of(ReportStatus.RESOLVED), caller, pass, r -> {
          if (r.closeDueAt != null && ReportEvents.now().isAfter(r.closeDueAt)) {
            // The job may not have closed it yet, but the time to dispute is over.
            throw new ConflictException("The time to dispute this resolution has passed.");
          }
          r.status = ReportStatus.IN_PROGRESS;
          r.clearDeadlines();
          r.reopened = true;
          r.escalationLevel = 1;
          r.followUpDueAt = cal.dueAfter(ReportEvents.now(), deadlines.followUp());
          return Uni.createFrom().item(details("reason", cmd.reason().strip()));
        }));
  }

  /**
   * A message: the reporter's replies (which also answer an admin's question: an ON_HOLD report
   * goes back to SUBMITTED and its clock runs again), officials' replies and internal notes.
   * Supervisors only read.
   */
  @WithTransaction
  public Uni<ReportViews.Message> postMessage(UUID id, @Valid @NotNull(message = "is required") LifecycleCommands.Message cmd, Caller caller,
      GuestPass pass) {
    Log.debugf("message on %s", id);
    boolean internal = Boolean.TRUE.equals(cmd.internal());
    ReportService.requireCredentials(caller, pass);
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(ReportService::noSuchReport)
        .flatMap(r -> reading.access(r, caller, pass).flatMap(access -> {
          ReportService.Relation rel = access.relation();
          OfficerService.Scope sc = access.scope();
          if (rel == ReportService.Relation.SUPERVISOR) {
            throw new ForbiddenException("Supervisors read reports; they do not write on them.");
          }
          if (rel == ReportService.Relation.REPORTER && internal) {
            throw new InvalidInputException("internal", "is for officials only");
          }
          if (rel == ReportService.Relation.OFFICER && !internal && !sc.covers(r.currentAgencyId)) {
            // An agency that once had the report reads its history; only the one handling it answers.
            throw new ConflictException("Your agency is not handling this report now.");
          }
          if (rel == ReportService.Relation.REPORTER && CLOSED_TO_REPORTERS.contains(r.status)) {
            throw new ConflictException("The report is " + r.status + "; it takes no more messages.");
          }
          return holidays.calendar().flatMap(cal -> {
            ReportStatus from = r.status;
            if (rel == ReportService.Relation.REPORTER && r.status == ON_HOLD) {
              resumeClock(r, cal);
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
                    details("messageId", m.id, "internal", internal)))
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
    ReportService.requireCredentials(caller, pass);
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(ReportService::noSuchReport)
        .flatMap(r -> reading.access(r, caller, pass).flatMap(access -> {
          OfficerService.Scope sc = access.scope();
          checkMayAttach(r, access);
          r.updatedAt = ReportEvents.now();
          return attachments.store(r.id, file, ReportEvents.roleOf(caller), caller.subject())
              .call(a -> events.append(r, ReportEvent.Type.ATTACHMENT_ADDED, r.status, caller, sc.agencyId(),
                  details("attachmentId", a.id, "mediaType", a.mediaType, "size", a.size)))
              .map(mapper::toAttachment);
        }));
  }

  /**
   * Whether the caller may attach a file to the report now, asked before an upload is read,
   * detected or stripped; {@link #attach} asks again under the report's lock.
   */
  @WithSession
  public Uni<Void> mayAttach(UUID id, Caller caller, GuestPass pass) {
    ReportService.requireCredentials(caller, pass);
    return reports.findById(id)
        .onItem().ifNull().failWith(ReportService::noSuchReport)
        .flatMap(r -> reading.access(r, caller, pass).invoke(access -> checkMayAttach(r, access)))
        .replaceWithVoid();
  }

  private static void checkMayAttach(Report r, ReportService.Access access) {
    ReportService.Relation rel = access.relation();
    boolean handling = rel == ReportService.Relation.OFFICER && access.scope().covers(r.currentAgencyId);
    if (rel != ReportService.Relation.REPORTER && !handling) {
      throw new ForbiddenException("Only the reporter or the agency handling the report may attach files.");
    }
    if (rel == ReportService.Relation.REPORTER && CLOSED_TO_REPORTERS.contains(r.status)) {
      throw new ConflictException("The report is " + r.status + "; it takes no more files.");
    }
  }

  /** The clock stood still while on hold: the working days left then are left now. */
  private static void resumeClock(Report r, WorkingCalendar cal) {
    int left = cal.workingDaysBetween(r.holdStartedAt, r.verifyDueAt);
    r.verifyDueAt = cal.dueAfter(ReportEvents.now(), left);
    r.holdStartedAt = null;
  }

  private static final Set<ReportStatus> CLOSED_TO_REPORTERS = EnumSet.of(ReportStatus.CLOSED, ReportStatus.ARCHIVED);

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * A step of the agency handling the report. An officer who may see the report but whose
   * agency no longer handles it gets 409; one who may not see it gets 404.
   */
  private Uni<ReportViews.Detail> agencyStep(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, BiFunction<Report, OfficerService.Scope, Uni<Map<String, Object>>> change) {
    return officers.scopeOf(caller).flatMap(scope -> transition(id, type, action, allowedFrom, caller,
        scope.agencyId(),
        r -> reports.wasForwardedToAny(r.id, scope.agencies()).map(seen -> {
          if (!seen) {
            throw ReportService.noSuchReport();
          }
          return null;
        }),
        r -> {
          if (!scope.covers(r.currentAgencyId)) {
            throw new ConflictException("Your agency is not handling this report now.");
          }
          return change.apply(r, scope);
        }));
  }

  private Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, Function<Report, Uni<Map<String, Object>>> change) {
    return transition(id, type, action, allowedFrom, caller, null, r -> Uni.createFrom().voidItem(), change);
  }

  /**
   * A step of the reporter (a citizen's token or a guest's PIN): others who may see the report
   * get 403, others 404.
   */
  private Uni<ReportViews.Detail> reporterStep(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, GuestPass pass, Function<Report, Uni<Map<String, Object>>> change) {
    ReportService.requireCredentials(caller, pass);
    return transition(id, type, action, allowedFrom, caller, null,
        r -> reading.access(r, caller, pass).map(access -> {
          if (access.relation() != ReportService.Relation.REPORTER) {
            throw new ForbiddenException("Only the reporter may do this.");
          }
          return null;
        }), change, ReportService.Relation.REPORTER);
  }

  /**
   * Locks the report, then: {@code mayAct} (fails with 404 when the caller may not even see
   * it), the status check (409), {@code change}, and the event.
   */
  private Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, UUID actorAgency, Function<Report, Uni<Void>> mayAct,
      Function<Report, Uni<Map<String, Object>>> change) {
    ReportService.Relation viewer = caller.hasRole(Roles.ADMIN) ? ReportService.Relation.ADMIN
        : ReportService.Relation.OFFICER;
    return transition(id, type, action, allowedFrom, caller, actorAgency, mayAct, change, viewer);
  }

  private Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, UUID actorAgency, Function<Report, Uni<Void>> mayAct,
      Function<Report, Uni<Map<String, Object>>> change, ReportService.Relation viewer) {
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(ReportService::noSuchReport)
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
        .flatMap(r -> personalDataReads.logged(mapper.toDetail(r, ReportService.showsReporter(viewer, r),
            ReportService.masksPhone(viewer)), viewer, caller, type.name().toLowerCase(java.util.Locale.ROOT)));
  }

  static ConflictException notAllowed(ReportStatus current, String action, Set<ReportStatus> allowedFrom) {
    String allowed = allowedFrom.stream().map(Enum::name).collect(Collectors.joining(" or "));
    return new ConflictException("The report is " + current + "; it can be " + action + " only when it is "
        + allowed + ".");
  }

  /** Details without null values, in the order given. */
  private static Map<String, Object> details(Object... keysAndValues) {
    Map<String, Object> d = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        d.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return d;
  }
}
