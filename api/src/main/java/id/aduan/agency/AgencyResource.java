package id.aduan.agency;

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

/** The agency tree: readable by every official, managed by admins. */
@Path("/api/v1/agencies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {
  private final AgencyService service;

  AgencyResource(AgencyService service) {
    this.service = service;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR})
  public Uni<Page<AgencyViews.View>> list(@QueryParam("parentId") String parentId, @QueryParam("cursor") String cursor,
      @QueryParam("size") String size) {
    UUID parent = parentId == null || parentId.isEmpty() ? null : Ids.parse(parentId, "parentId");
    return service.list(parent, cursor, PageSize.parse(size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR})
  public Uni<AgencyViews.View> get(@PathParam("id") String id) {
    return service.get(Ids.parse(id, "id"));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> create(@Valid @NotNull(message = "{validation.required}") AgencyViews.Input body, UriInfo uri) {
    return service.create(body).map(a -> Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
        .entity(a).build());
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<AgencyViews.View> update(@PathParam("id") String id, @Valid @NotNull(message = "{validation.required}") AgencyViews.Input body) {
    return service.update(Ids.parse(id, "id"), body);
  }
}
