package id.aduan.report;

import static id.aduan.report.ReportStatus.ON_HOLD;
import static id.aduan.report.ReportStatus.SUBMITTED;
import static id.aduan.report.ReportStatus.VERIFIED;

import id.aduan.agency.AgencyService;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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

  private final ReportRepository reports;
  private final ReportEvents events;
  private final ReportMapper mapper;
  private final AgencyService agencies;

  ReportLifecycleService(ReportRepository reports, ReportEvents events, ReportMapper mapper, AgencyService agencies) {
    this.reports = reports;
    this.events = events;
    this.mapper = mapper;
    this.agencies = agencies;
  }

  @WithTransaction
  public Uni<ReportViews.Detail> verify(UUID id, @NotNull LifecycleCommands.Verification cmd, Caller caller) {
    Log.debugf("verify %s", id);
    return transition(id, ReportEvent.Type.VERIFIED, "verified", VERIFIABLE, caller, r -> {
      if (cmd.anonymous() != null) {
        r.anonymous = cmd.anonymous();
      }
      if (cmd.confidential() != null) {
        r.confidential = cmd.confidential();
      }
      r.status = VERIFIED;
      return Uni.createFrom().item(details("anonymous", r.anonymous, "confidential", r.confidential));
    });
  }

  @WithTransaction
  public Uni<ReportViews.Detail> hold(UUID id, @Valid @NotNull LifecycleCommands.Hold cmd, Caller caller) {
    Log.debugf("hold %s", id);
    return transition(id, ReportEvent.Type.HELD, "put on hold", HOLDABLE, caller, r -> {
      r.status = ON_HOLD;
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
      r.archiveReason = cmd.reason();
      r.duplicateOf = cmd.duplicateOf();
      return Uni.createFrom().item(details("reason", cmd.reason().name(), "duplicateOf", cmd.duplicateOf()));
    }));
  }

  /** An admin forwards (disposisi) a verified report to an agency. */
  @WithTransaction
  public Uni<ReportViews.Detail> forward(UUID id, @Valid @NotNull LifecycleCommands.Forward cmd, Caller caller) {
    Log.debugf("forward %s to %s", id, cmd.agencyId());
    return agencies.requireActive(cmd.agencyId(), "agencyId")
        .flatMap(agency -> transition(id, ReportEvent.Type.FORWARDED, "forwarded", FORWARDABLE, caller, r -> {
          r.status = ReportStatus.FORWARDED;
          r.currentAgencyId = agency.id;
          String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
          return Uni.createFrom().item(details("agencyId", agency.id, "note", note));
        }));
  }

  private Uni<ReportViews.Detail> transition(UUID id, ReportEvent.Type type, String action,
      Set<ReportStatus> allowedFrom, Caller caller, Function<Report, Uni<Map<String, Object>>> change) {
    return reports.findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem().ifNull().failWith(() -> new NotFoundException("No report with this id."))
        .flatMap(r -> {
          if (!allowedFrom.contains(r.status)) {
            return Uni.createFrom().failure(notAllowed(r.status, action, allowedFrom));
          }
          ReportStatus from = r.status;
          return change.apply(r).flatMap(d -> {
            r.updatedAt = ReportEvents.now();
            return events.append(r, type, from, caller, d);
          }).replaceWith(r);
        })
        .map(mapper::toDetail);
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
