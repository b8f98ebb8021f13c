package id.aduan.report.privacy;

import id.aduan.common.Ids;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.RateLimited;
import id.aduan.report.access.ReportCallers;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A guest reporter, with the PIN, has the report forget their contact data. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ContactErasureResource {
  private final PersonalDataService personalData;
  private final ReportCallers callers;

  ContactErasureResource(PersonalDataService personalData, ReportCallers callers) {
    this.personalData = personalData;
    this.callers = callers;
  }

  /** A guest reporter, with the PIN, has the report forget their contact data. */
  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/erasure")
  @PermitAll
  public Uni<PersonalDataService.Erasure> eraseContact(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return callers.who(reportId, pin, request).flatMap(w -> personalData.eraseGuestContact(reportId, w.caller(), w.pass()));
  }
}
