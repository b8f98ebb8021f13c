package id.aduan.outbox;

import id.aduan.common.Ids;
import id.aduan.common.QueryParams;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Every message that leaves, for admins: what failed, and sending it again. */
@Path("/api/v1/admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {
  private final OutboxAdmin admin;

  OutboxResource(OutboxAdmin admin) {
    this.admin = admin;
  }

  @GET
  public Uni<Page<OutboxAdmin.Item>> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    OutboxEntry.Status s = QueryParams.enumOf(OutboxEntry.Status.class, status, "status");
    return admin.list(s == null ? OutboxEntry.Status.DEAD : s, QueryParams.enumOf(OutboxEntry.Kind.class, kind, "kind"),
        cursor, PageSize.parse(size));
  }

  @POST
  @Path("{id}/redelivery")
  public Uni<OutboxAdmin.Item> redeliver(@PathParam("id") String id) {
    return admin.redeliver(Ids.parse(id, "id"));
  }
}
