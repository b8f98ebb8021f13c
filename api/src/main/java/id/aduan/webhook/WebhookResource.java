package id.aduan.webhook;

import id.aduan.common.Ids;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Other systems' subscriptions to report events; admins only. */
@Path("/api/v1/admin/webhooks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {
  private final WebhookService service;
  private final CurrentCaller caller;

  WebhookResource(WebhookService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  public Uni<Page<WebhookViews.View>> list(@QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    return service.list(cursor, PageSize.parse(size));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> add(@Valid @NotNull(message = "{validation.required}") WebhookViews.Input body, UriInfo uri) {
    return caller.get().flatMap(c -> service.add(body, c))
        .map(w -> Response.created(uri.getAbsolutePathBuilder().path(w.subscription().id().toString()).build())
            .entity(w).build());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<WebhookViews.View> change(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") WebhookViews.Change body) {
    return service.change(Ids.parse(id, "id"), body);
  }

  @DELETE
  @Path("{id}")
  public Uni<Response> remove(@PathParam("id") String id) {
    return service.remove(Ids.parse(id, "id")).map(x -> Response.noContent().build());
  }
}
