package id.aduan.report;

import id.aduan.common.QueryParams;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/** The caller's work queue. */
@Path("/api/v1/inbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
  private final InboxService service;
  private final CurrentCaller caller;

  InboxResource(InboxService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
  public Uni<Page<ReportViews.InboxItem>> inbox(@QueryParam("status") String status,
      @QueryParam("categoryId") String categoryId, @QueryParam("overdue") String overdue,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    ReportStatus s = QueryParams.enumOf(ReportStatus.class, status, "status");
    java.util.UUID category = categoryId == null || categoryId.isBlank() ? null
        : id.aduan.common.Ids.parse(categoryId, "categoryId");
    Boolean late = parseBoolean(overdue);
    int pageSize = PageSize.parse(size);
    return caller.get().flatMap(c -> service.inbox(c, s, category, late, cursor, pageSize));
  }

  static Boolean parseBoolean(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException("overdue", "must be true or false");
    };
  }
}
