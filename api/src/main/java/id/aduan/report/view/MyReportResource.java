package id.aduan.report.view;

import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import id.aduan.report.ReportViews;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The calling citizen's own reports. */
@Path("/api/v1/me/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyReportResource {
  private final ReportReadService service;
  private final CurrentCaller caller;

  MyReportResource(ReportReadService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Roles.CITIZEN)
  public Uni<Page<ReportViews.Summary>> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    Cursor after = Cursor.decode(cursor);
    int pageSize = PageSize.parse(size);
    return caller.get().flatMap(c -> service.listOfReporter(c.subject(), after, pageSize));
  }
}
