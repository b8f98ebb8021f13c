package id.aduan.client;

import id.aduan.common.Ids;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Admins issue and revoke the keys of third-party applications. */
@Path("/api/v1/admin/api-clients")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientResource {
  private final ApiClientService service;
  private final CurrentCaller caller;

  ApiClientResource(ApiClientService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @RolesAllowed(Roles.ADMIN)
  public Uni<Page<ApiClientViews.View>> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    return service.list(cursor, PageSize.parse(size));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> create(@Valid @NotNull(message = "{validation.required}") ApiClientViews.Input body) {
    // No Location: a client is never read alone, only listed.
    return caller.get().flatMap(admin -> service.create(body, admin))
        .map(c -> Response.status(Response.Status.CREATED).entity(c).build());
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public Uni<Response> revoke(@PathParam("id") String id) {
    return service.revoke(Ids.parse(id, "id")).replaceWith(Response.noContent().build());
  }
}
