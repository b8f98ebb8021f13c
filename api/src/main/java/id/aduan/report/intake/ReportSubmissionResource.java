package id.aduan.report.intake;

import id.aduan.common.limit.Limit;
import id.aduan.common.limit.ProofOfWork;
import id.aduan.common.limit.RateLimited;
import id.aduan.common.security.CurrentCaller;
import id.aduan.report.ReportSubmission;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A citizen's or a guest's new report from the web form. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportSubmissionResource {
  private final ReportIntakeService service;
  private final CurrentCaller caller;
  private final ProofOfWork proofOfWork;

  ReportSubmissionResource(ReportIntakeService service, CurrentCaller caller, ProofOfWork proofOfWork) {
    this.service = service;
    this.caller = caller;
    this.proofOfWork = proofOfWork;
  }

  /**
   * Open to guests, who prove some work instead of an account; a token, when sent, must be valid
   * and a citizen's (checked in the service).
   */
  @RateLimited(Limit.SUBMISSION)
  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> submit(@Valid @NotNull(message = "{validation.required}") ReportSubmission body,
      @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam(ProofOfWork.HEADER) String proof,
      @HeaderParam("Accept-Language") String language, UriInfo uri) {
    return caller.get()
        .invoke(c -> {
          if (c.isGuest()) {
            proofOfWork.check(idempotencyKey, proof);
          }
        })
        .flatMap(c -> service.submit(body, c, idempotencyKey, id.aduan.common.error.Localizer.reporterLanguage(language)))
        .map(receipt -> Response.created(uri.getAbsolutePathBuilder().path(receipt.id().toString()).build())
            .entity(receipt)
            .build());
  }
}
