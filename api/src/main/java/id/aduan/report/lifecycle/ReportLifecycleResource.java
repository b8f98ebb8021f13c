package id.aduan.report.lifecycle;

import id.aduan.common.Ids;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import id.aduan.report.ReportViews;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** The admin's and officers' decisions on a report. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportLifecycleResource {
  private final ReportLifecycleService lifecycle;
  private final CurrentCaller caller;

  ReportLifecycleResource(ReportLifecycleService lifecycle, CurrentCaller caller) {
    this.lifecycle = lifecycle;
    this.caller = caller;
  }

  @POST
  @Path("{id}/verification")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> verify(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Verification body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.verify(reportId, body, c));
  }

  @POST
  @Path("{id}/moderation")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> moderate(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Moderation body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.moderate(reportId, body, c));
  }

  @POST
  @Path("{id}/hold")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> hold(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Hold body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.hold(reportId, body, c));
  }

  @POST
  @Path("{id}/archive")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> archive(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Archive body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.archive(reportId, body, c));
  }

  @POST
  @Path("{id}/forwards")
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> forward(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Forward body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.forward(reportId, body, c));
  }

  @POST
  @Path("{id}/returns")
  @RolesAllowed(Roles.OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> returnToAdmin(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Return body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.returnToAdmin(reportId, body, c));
  }

  @POST
  @Path("{id}/follow-ups")
  @RolesAllowed(Roles.OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> followUp(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.FollowUp body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.followUp(reportId, body, c));
  }

  @POST
  @Path("{id}/resolution")
  @RolesAllowed(Roles.OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> resolve(@PathParam("id") String id,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.Resolution body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.resolve(reportId, body, c));
  }
}
