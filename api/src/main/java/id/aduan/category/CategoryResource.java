package id.aduan.category;

import id.aduan.common.Ids;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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

/** Categories: anyone reads them (the report form needs them); admins manage them. */
@Path("/api/v1/categories")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {
  private final CategoryService service;

  CategoryResource(CategoryService service) {
    this.service = service;
  }

  /** Active categories only, unless {@code includeInactive=true} (kept for admins' screens). */
  @GET
  @PermitAll
  public Uni<Page<CategoryViews.View>> list(@QueryParam("parentId") String parentId,
      @QueryParam("includeInactive") boolean includeInactive, @QueryParam("cursor") String cursor,
      @QueryParam("size") String size) {
    UUID parent = parentId == null || parentId.isEmpty() ? null : Ids.parse(parentId, "parentId");
    return service.list(parent, !includeInactive, cursor, PageSize.parse(size));
  }

  @GET
  @Path("{id}")
  @PermitAll
  public Uni<CategoryViews.View> get(@PathParam("id") String id) {
    return service.get(Ids.parse(id, "id"));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> create(@Valid @NotNull(message = "{validation.required}") CategoryViews.Input body, UriInfo uri) {
    return service.create(body).map(c -> Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
        .entity(c).build());
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<CategoryViews.View> update(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") CategoryViews.Input body) {
    return service.update(Ids.parse(id, "id"), body);
  }
}
