package id.aduan.report.transparency;

import id.aduan.common.Ids;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.RateLimited;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import id.aduan.report.PublicFilter;
import id.aduan.report.ReportViews;
import id.aduan.report.search.PublicFilters;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The public feed of verified reports, and citizens' support of them. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PublicFeedResource {
  private final PublicFeedService service;
  private final CurrentCaller caller;
  private final java.time.ZoneId zone;

  PublicFeedResource(PublicFeedService service, CurrentCaller caller, id.aduan.common.config.AppConfig config) {
    this.service = service;
    this.caller = caller;
    this.zone = config.timeZone();
  }

  @GET
  @Path("public")
  @PermitAll
  public Uni<Page<ReportViews.Public>> publicFeed(@QueryParam("q") String q, @QueryParam("type") String type,
      @QueryParam("categoryId") String categoryId, @QueryParam("agencyId") String agencyId,
      @QueryParam("status") String status, @QueryParam("kecamatanCode") String kecamatanCode,
      @QueryParam("kelurahanCode") String kelurahanCode, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    PublicFilter filter = PublicFilters.parse(q, type, categoryId, agencyId, status, kecamatanCode, kelurahanCode,
        from, to, zone);
    return service.publicFeed(filter, cursor, PageSize.parse(size));
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/supports")
  @RolesAllowed(Roles.CITIZEN)
  public Uni<Response> support(@PathParam("id") String id) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> service.support(reportId, c))
        .map(p -> Response.status(Response.Status.CREATED).entity(p).build());
  }
}
