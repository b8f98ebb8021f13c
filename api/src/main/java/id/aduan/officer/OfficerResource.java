package id.aduan.officer;

import id.aduan.common.Ids;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Officer membership: managed by admins, read by supervisors. */
@Path("/api/v1/officers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OfficerResource {
  private final OfficerService service;

  OfficerResource(OfficerService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public Uni<Page<OfficerViews.View>> list(@QueryParam("agencyId") String agencyId, @QueryParam("cursor") String cursor,
      @QueryParam("size") String size) {
    UUID agency = agencyId == null || agencyId.isEmpty() ? null : Ids.parse(agencyId, "agencyId");
    return service.list(agency, cursor, PageSize.parse(size));
  }

  @GET
  @Path("{subject}")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public Uni<OfficerViews.View> get(@PathParam("subject") String subject) {
    return service.get(subject);
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> register(@Valid @NotNull(message = "{validation.required}") OfficerViews.Registration body, UriInfo uri) {
    return service.register(body).map(o -> Response.created(uri.getAbsolutePathBuilder().path(o.subject()).build())
        .entity(o).build());
  }

  @PUT
  @Path("{subject}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<OfficerViews.View> update(@PathParam("subject") String subject,
      @Valid @NotNull(message = "{validation.required}") OfficerViews.Update body) {
    return service.update(subject, body);
  }
}
