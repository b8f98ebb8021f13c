package id.aduan.report.inbox;

import id.aduan.common.QueryParams;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportViews;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
    Boolean late = QueryParams.bool(overdue, "overdue");
    int pageSize = PageSize.parse(size);
    return caller.get().flatMap(c -> service.inbox(c, s, category, late, cursor, pageSize));
  }
}
