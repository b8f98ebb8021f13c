package id.aduan.report.lifecycle;

import id.aduan.attachment.AttachmentService;
import id.aduan.common.Ids;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.RateLimited;
import id.aduan.report.ReportViews;
import id.aduan.report.access.ReportCallers;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The reporter's answers on their report, and messages and files from anyone who may write on it. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReporterActionsResource {
  private final ReporterActionsService lifecycle;
  private final ReportCallers callers;
  private final AttachmentService attachmentService;

  ReporterActionsResource(ReporterActionsService lifecycle, ReportCallers callers, AttachmentService attachmentService) {
    this.lifecycle = lifecycle;
    this.callers = callers;
    this.attachmentService = attachmentService;
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/messages")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> postMessage(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      LifecycleCommands.Message body, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return callers.who(reportId, pin, request).flatMap(w -> lifecycle.postMessage(reportId, body, w.caller(), w.pass()))
        .map(m -> Response.status(Response.Status.CREATED).entity(m).build());
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/confirmation")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> confirm(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      LifecycleCommands.Confirmation body, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return callers.who(reportId, pin, request).flatMap(w -> lifecycle.confirm(reportId, body, w.caller(), w.pass()));
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/dispute")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> dispute(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      LifecycleCommands.Dispute body, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return callers.who(reportId, pin, request).flatMap(w -> lifecycle.dispute(reportId, body, w.caller(), w.pass()));
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/attachments")
  @PermitAll
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Uni<Response> attach(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      @RestForm("file") FileUpload file, UriInfo uri, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    // Who may attach is settled before the file is read, detected or stripped; the attachment
    // itself checks again under the report's lock.
    return callers.who(reportId, pin, request)
        .call(w -> {
          if (file == null) {
            throw new InvalidInputException("file", Msg.of("report.file.required"));
          }
          return lifecycle.mayAttach(reportId, w.caller(), w.pass());
        })
        .flatMap(w -> attachmentService.prepare(file.uploadedFile(), file.size(), file.fileName())
            .flatMap(prepared -> lifecycle.attach(reportId, prepared, w.caller(), w.pass())))
        .map(a -> Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build()).entity(a).build());
  }
}
