package id.aduan.report.access;

import id.aduan.common.limit.ClientAddress;
import id.aduan.common.security.Caller;
import id.aduan.common.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Who calls a report's endpoint: a token's caller, or a guest with the pass their PIN gives. */
@ApplicationScoped
public class ReportCallers {
  /** A guest reporter's PIN, in place of a token. */
  public static final String PIN_HEADER = "X-Report-Pin";
  private final CurrentCaller caller;
  private final GuestAccess guests;
  private final ClientAddress addresses;

  ReportCallers(CurrentCaller caller, GuestAccess guests, ClientAddress addresses) {
    this.caller = caller;
    this.guests = guests;
    this.addresses = addresses;
  }

  /** The caller, and a guest's pass for this report. */
  public record Who(Caller caller, GuestPass pass) {}

  /**
   * The caller; for a guest who sent a PIN or access key, the pass it gives, checked before any
   * session opens (GuestAccess). A guest with neither, or a wrong one, gets 401 or 404 before the
   * body is even validated (the services validate it).
   */
  public Uni<Who> who(UUID reportId, String pin, HttpServerRequest request) {
    return caller.get().flatMap(c -> {
      if (!c.isGuest()) {
        return Uni.createFrom().item(new Who(c, null));
      }
      return guests.byId(reportId, pin, addresses.of(request)).map(pass -> new Who(c, pass));
    });
  }

}
