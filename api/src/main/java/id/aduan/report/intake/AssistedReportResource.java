package id.aduan.report.intake;

import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** Complaint-unit officials enter walk-in, phone and social-media complaints. */
@Path("/api/v1/assisted-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AssistedReportResource {
  private final ReportIntakeService service;
  private final CurrentCaller caller;

  AssistedReportResource(ReportIntakeService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> enter(@Valid @NotNull(message = "{validation.required}") AssistedReport body,
      @HeaderParam("Idempotency-Key") String idempotencyKey) {
    return caller.get()
        .flatMap(c -> service.enterForComplainant(body, c, idempotencyKey))
        .map(receipt -> Response.created(UriBuilder.fromPath("/api/v1/reports/{id}").build(receipt.id()))
            .entity(receipt).build());
  }
}
