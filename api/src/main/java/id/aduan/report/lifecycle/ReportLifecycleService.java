package id.aduan.report.lifecycle;

import static id.aduan.report.ReportStatus.ON_HOLD;
import static id.aduan.report.ReportStatus.SUBMITTED;
import static id.aduan.report.ReportStatus.VERIFIED;

import id.aduan.agency.AgencyService;
import id.aduan.attachment.AttachmentService;
import id.aduan.category.CategoryService;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.holiday.HolidayService;
import id.aduan.privacy.PersonalDataDetector;
import id.aduan.report.ArchiveReason;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportViews;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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

  private final Transitions transitions;
  private final ReportRepository reports;
  private final AgencyService agencies;
  private final HolidayService holidays;
  private final AppConfig.Deadlines deadlines;
  private final CategoryService categories;
  private final AttachmentService attachments;

  ReportLifecycleService(Transitions transitions, ReportRepository reports, AgencyService agencies,
      HolidayService holidays, AppConfig config, CategoryService categories, AttachmentService attachments) {
    this.transitions = transitions;
    this.reports = reports;
    this.agencies = agencies;
    this.holidays = holidays;
    this.deadlines = config.deadlines();
    this.categories = categories;
    this.attachments = attachments;
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
    return category.call(x -> moderation).flatMap(x -> holidays.calendar()).flatMap(cal -> transitions.transition(id, ReportEvent.Type.VERIFIED, "verified", VERIFIABLE, caller, r -> {
      if (cmd.categoryId() != null) {
        r.categoryId = cmd.categoryId();
      }
      if (r.holdStartedAt != null) {
        Transitions.resumeClock(r, cal);
      }
      if (cmd.anonymous() != null) {
        r.anonymous = cmd.anonymous();
      }
      if (cmd.confidential() != null) {
        r.confidential = cmd.confidential();
      }
      r.status = VERIFIED;
      return Uni.createFrom().item(Transitions.details("categoryId", r.categoryId, "anonymous", r.anonymous,
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
      throw new InvalidInputException("publicTitle", Msg.of("report.moderation.nothingToChange"));
    }
    return moderated(id, cmd, caller, EnumSet.allOf(ReportStatus.class), "moderated");
  }

  private Uni<ReportViews.Detail> moderated(UUID id, LifecycleCommands.Moderation cmd, Caller caller,
      Set<ReportStatus> allowedFrom, String action) {
    return transitions.transition(id, ReportEvent.Type.MODERATED, action, allowedFrom, caller, r -> {
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
      return photos.map(x -> Transitions.details("fields", fields, "publicPhotoIds", cmd.publicPhotoIds(),
          "reason", cmd.reason() == null || cmd.reason().isBlank() ? null : cmd.reason().strip()));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> hold(UUID id, @Valid @NotNull LifecycleCommands.Hold cmd, Caller caller) {
    Log.debugf("hold %s", id);
    return transitions.transition(id, ReportEvent.Type.HELD, "put on hold", HOLDABLE, caller, r -> {
      r.status = ON_HOLD;
      r.holdStartedAt = ReportEvents.now();
      return Uni.createFrom().item(Transitions.details("message", cmd.message().strip()));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> archive(UUID id, @Valid @NotNull LifecycleCommands.Archive cmd, Caller caller) {
    Log.debugf("archive %s as %s", id, cmd.reason());
    boolean duplicate = cmd.reason() == ArchiveReason.DUPLICATE;
    if (duplicate && cmd.duplicateOf() == null) {
      throw new InvalidInputException("duplicateOf", Msg.of("report.archive.duplicateOf.required"));
    }
    if (!duplicate && cmd.duplicateOf() != null) {
      throw new InvalidInputException("duplicateOf", Msg.of("report.archive.duplicateOf.onlyForDuplicate"));
    }
    if (duplicate && cmd.duplicateOf().equals(id)) {
      throw new InvalidInputException("duplicateOf", Msg.of("report.archive.duplicateOf.itself"));
    }
    Uni<Void> original = duplicate
        ? reports.findById(cmd.duplicateOf()).map(o -> {
          if (o == null) {
            throw new InvalidInputException("duplicateOf", Msg.of("report.archive.duplicateOf.missing"));
          }
          return null;
        })
        : Uni.createFrom().voidItem();
    return original.flatMap(x -> transitions.transition(id, ReportEvent.Type.ARCHIVED, "archived", ARCHIVABLE, caller, r -> {
      r.status = ReportStatus.ARCHIVED;
      r.clearDeadlines();
      r.archiveReason = cmd.reason();
      r.duplicateOf = cmd.duplicateOf();
      return Uni.createFrom().item(Transitions.details("reason", cmd.reason().name(), "duplicateOf", cmd.duplicateOf()));
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
          .flatMap(cal -> transitions.transition(id, ReportEvent.Type.FORWARDED, "forwarded", FORWARDABLE, caller, r -> {
            r.status = ReportStatus.FORWARDED;
            r.currentAgencyId = cmd.agencyId();
            r.clearDeadlines();
            r.followUpDueAt = cal.dueAfter(ReportEvents.now(), deadlines.followUp());
            return reports.recordForward(r.id, r.currentAgencyId, ReportEvents.now())
                .replaceWith(Transitions.details("agencyId", r.currentAgencyId, "note", note));
          }));
    }
    return transitions.agencyStep(id, ReportEvent.Type.FORWARDED, "forwarded", WITH_AGENCY, caller, (r, scope) -> {
      if (cmd.agencyId().equals(r.currentAgencyId)) {
        throw new InvalidInputException("agencyId", Msg.of("report.forward.sameAgency"));
      }
      return agencies.subtree(r.currentAgencyId)
          .flatMap(sub -> {
            if (!sub.contains(cmd.agencyId())) {
              throw new InvalidInputException("agencyId", Msg.of("report.forward.notSubUnit"));
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
                .replaceWith(Transitions.details("agencyId", agency.id, "note", note));
          });
    });
  }

  /** Bukan wewenang: the agency hands the report back to the admin, who forwards it elsewhere. */
  @WithTransaction
  public Uni<ReportViews.Detail> returnToAdmin(UUID id, @Valid @NotNull LifecycleCommands.Return cmd, Caller caller) {
    Log.debugf("return %s", id);
    return transitions.agencyStep(id, ReportEvent.Type.RETURNED, "returned", WITH_AGENCY, caller, (r, scope) -> {
      UUID from = r.currentAgencyId;
      r.status = VERIFIED;
      r.currentAgencyId = null;
      return holidays.calendar().map(cal -> {
        r.clearDeadlines();
        r.verifyDueAt = cal.dueAfter(ReportEvents.now(), deadlines.verify());
        return Transitions.details("agencyId", from, "reason", cmd.reason().strip());
      });
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> followUp(UUID id, @Valid @NotNull LifecycleCommands.FollowUp cmd, Caller caller) {
    Log.debugf("follow up %s", id);
    return transitions.agencyStep(id, ReportEvent.Type.FOLLOWED_UP, "followed up", WITH_AGENCY, caller, (r, scope) -> {
      r.status = ReportStatus.IN_PROGRESS;
      r.followUpDueAt = null;
      r.overdue = false;
      r.escalationLevel = 0;
      return Uni.createFrom().item(Transitions.details("message", cmd.message().strip()));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> resolve(UUID id, @Valid @NotNull LifecycleCommands.Resolution cmd, Caller caller) {
    Log.debugf("resolve %s", id);
    return transitions.agencyStep(id, ReportEvent.Type.RESOLVED, "resolved", RESOLVABLE, caller, (r, scope) -> {
      r.status = ReportStatus.RESOLVED;
      return holidays.calendar().map(cal -> {
        r.clearDeadlines();
        r.closeDueAt = cal.dueAfter(ReportEvents.now(), deadlines.autoClose());
        return Transitions.details("resolution", cmd.resolution().strip());
      });
    });
  }

}
