package id.aduan.report.access;

import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.officer.OfficerService;
import id.aduan.report.Report;
import id.aduan.report.ReportRepository;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Who may see a report and how they stand to it: its reporter (by token, PIN or access key),
 * officers of an agency it was forwarded to, admins and supervisors; anyone else gets 404.
 */
@ApplicationScoped
public class ReportAccess {
  private final ReportRepository repository;
  private final OfficerService officers;

  ReportAccess(ReportRepository repository, OfficerService officers) {
    this.repository = repository;
    this.officers = officers;
  }

  /**
   * How a caller who may see a report stands to it; an officer's agency scope comes with it,
   * so that callers need not look it up again.
   */
  public record Access(Relation relation, OfficerService.Scope scope) {
    public boolean official() {
      return relation.official();
    }
  }

  /** A report found for a caller who may see it. */
  public record Seen(Report report, Access access) {}

  /** How a caller who may see a report stands to it. */
  public enum Relation {
    REPORTER, ADMIN, SUPERVISOR, OFFICER;

    public boolean official() {
      return this != REPORTER;
    }
  }


  /** The report if the caller may see it (401 without credentials, 404 exactly as if it did not exist). */
  public Uni<Seen> seen(UUID id, Caller caller, GuestPass pass) {
    requireCredentials(caller, pass);
    return repository.findById(id)
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .flatMap(r -> access(r, caller, pass).map(a -> new Seen(r, a)));
  }

  /** A guest without a pass (no PIN was sent) is told to log in (401) before anything is looked up. */
  public static void requireCredentials(Caller caller, GuestPass pass) {
    if (caller.isGuest() && pass == null) {
      throw new UnauthorizedException();
    }
  }

  public static NotFoundException noSuchReport() {
    return new NotFoundException(Msg.of("report.notFound"));
  }

  /**
   * How the caller stands to the report: fails with 404 when they may not see it, and with
   * 401 for a guest who sent no PIN.
   */
  public Uni<Access> access(Report r, Caller caller, GuestPass pass) {
    if (caller.hasRole(Roles.ADMIN)) {
      return Uni.createFrom().item(new Access(Relation.ADMIN, OfficerService.Scope.NONE));
    }
    if (caller.hasRole(Roles.SUPERVISOR)) {
      return Uni.createFrom().item(new Access(Relation.SUPERVISOR, OfficerService.Scope.NONE));
    }
    if (isOwner(caller, r)) {
      return Uni.createFrom().item(new Access(Relation.REPORTER, OfficerService.Scope.NONE));
    }
    if (caller.hasRole(Roles.OFFICER)) {
      return officers.scopeOf(caller).flatMap(scope -> repository.wasForwardedToAny(r.id, scope.agencies())
          .map(seen -> {
            if (!seen) {
              throw noSuchReport();
            }
            return new Access(Relation.OFFICER, scope);
          }));
    }
    if (caller.isGuest()) {
      if (pass == null) {
        return Uni.createFrom().failure(new UnauthorizedException());
      }
      if (!pass.opens(r.id)) {
        return Uni.createFrom().failure(noSuchReport());
      }
      return Uni.createFrom().item(new Access(Relation.REPORTER, OfficerService.Scope.NONE));
    }
    return Uni.createFrom().failure(noSuchReport());
  }

  private static boolean isOwner(Caller caller, Report r) {
    return caller.hasRole(Roles.CITIZEN) && r.reporterSubject != null && r.reporterSubject.equals(caller.subject());
  }

  /** An anonymous reporter's identity is for admins (and the reporter) only. */
  /** Phone numbers are whole for admins and the reporter only. */
  public static boolean masksPhone(Relation relation) {
    return relation != Relation.ADMIN && relation != Relation.REPORTER;
  }

  public static boolean showsReporter(Relation relation, Report r) {
    return !r.anonymous || relation == Relation.ADMIN || relation == Relation.REPORTER;
  }

}
