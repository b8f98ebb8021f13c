package id.aduan.report;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Submitting, reading and tracking reports. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
  private final ReportService service;
  private final CurrentCaller caller;

  ReportResource(ReportService service, CurrentCaller caller) {
    this.service = service;
    this.caller = caller;
  }

  /** Open to guests; a token, when sent, must be valid and a citizen's (checked in the service). */
  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> submit(@Valid @NotNull(message = "is required") ReportSubmission body, UriInfo uri) {
    return caller.get()
        .flatMap(c -> service.submit(body, c))
        .map(receipt -> Response.created(uri.getAbsolutePathBuilder().path(receipt.id().toString()).build())
            .entity(receipt)
            .build());
  }

  @GET
  @Path("{id}")
  public Uni<ReportViews.Detail> get(@PathParam("id") String id) {
    UUID reportId = parseId(id);
    return caller.get().flatMap(c -> service.get(reportId, c));
  }

  @GET
  @Path("track/{trackingCode}")
  @PermitAll
  public Uni<ReportViews.Tracked> track(@PathParam("trackingCode") String trackingCode) {
    return service.track(trackingCode);
  }

  private static UUID parseId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("id", "must be a report id (a UUID)");
    }
  }
}
