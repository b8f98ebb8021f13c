package id.aduan.report.view;

import id.aduan.common.Ids;
import id.aduan.common.limit.ClientAddress;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.RateLimited;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.report.ReportViews;
import id.aduan.report.access.GuestAccess;
import id.aduan.report.access.ReportCallers;
import id.aduan.report.lifecycle.LifecycleCommands;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Reading and tracking a report: officials and citizens with their token, a guest with the PIN. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportViewResource {
  private final ReportReadService service;
  private final ReportCallers callers;
  private final GuestAccess guests;
  private final ClientAddress addresses;

  ReportViewResource(ReportReadService service, ReportCallers callers, GuestAccess guests, ClientAddress addresses) {
    this.service = service;
    this.callers = callers;
    this.guests = guests;
    this.addresses = addresses;
  }

  /** Officials and citizens with their token; a guest reporter with the PIN header instead. */
  @GET
  @Path("{id}")
  @PermitAll
  public Uni<ReportViews.Detail> get(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return callers.who(reportId, pin, request).flatMap(w -> service.get(reportId, w.caller(), w.pass()));
  }

  @POST
  @Path("track/{trackingCode}/access")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> openWithPin(@PathParam("trackingCode") String trackingCode,
      @Valid @NotNull(message = "{validation.required}") LifecycleCommands.PinAccess body, @Context HttpServerRequest request) {
    return guests.byCode(trackingCode, body.pin(), addresses.of(request)).flatMap(service::open);
  }

  @RateLimited(Limit.LOOKUP)
  @GET
  @Path("track/{trackingCode}")
  @PermitAll
  public Uni<ReportViews.Tracked> track(@PathParam("trackingCode") String trackingCode) {
    return service.track(trackingCode);
  }

  @GET
  @Path("{id}/events")
  @PermitAll
  public Uni<Page<ReportViews.Event>> events(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    int pageSize = PageSize.parse(size);
    return callers.who(reportId, pin, request).flatMap(w -> service.events(reportId, w.caller(), w.pass(), cursor, pageSize));
  }

  @GET
  @Path("{id}/messages")
  @PermitAll
  public Uni<Page<ReportViews.Message>> messages(@PathParam("id") String id, @HeaderParam(ReportCallers.PIN_HEADER) String pin,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    int pageSize = PageSize.parse(size);
    return callers.who(reportId, pin, request).flatMap(w -> service.messages(reportId, w.caller(), w.pass(), cursor, pageSize));
  }

  @GET
  @Path("{id}/attachments")
  @PermitAll
  public Uni<Page<ReportViews.AttachmentView>> attachments(@PathParam("id") String id,
      @HeaderParam(ReportCallers.PIN_HEADER) String pin, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return callers.who(reportId, pin, request).flatMap(w -> service.attachments(reportId, w.caller(), w.pass()));
  }

  /** The file itself: images shown inline, PDFs downloaded; never sniffed as another type. */
  @GET
  @Path("{id}/attachments/{attachmentId}")
  @PermitAll
  @Produces({"image/jpeg", "image/png", "image/webp", "application/pdf", MediaType.APPLICATION_JSON})
  public Uni<Response> attachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId,
      @HeaderParam(ReportCallers.PIN_HEADER) String pin, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    UUID fileId = Ids.parse(attachmentId, "attachmentId");
    return callers.who(reportId, pin, request).flatMap(w -> service.attachment(reportId, fileId, w.caller(), w.pass())).map(d -> {
      var a = d.attachment();
      String disposition = a.mediaType.startsWith("image/") ? "inline" : "attachment";
      return Response.ok(d.content(), a.mediaType)
          .header("Content-Disposition", disposition + "; filename=\"" + a.filename + "\"")
          .header("X-Content-Type-Options", "nosniff")
          .header("Cache-Control", "private, max-age=3600")
          .build();
    });
  }
}
