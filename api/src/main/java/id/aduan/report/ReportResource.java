package id.aduan.report;

import id.aduan.attachment.AttachmentService;
import id.aduan.common.Ids;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.limit.ClientAddress;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.ProofOfWork;
import id.aduan.common.limit.RateLimited;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.Caller;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Submitting, reading and tracking reports, and the admin's lifecycle decisions. */
@Path("/api/v1/reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
  /** A guest reporter's PIN, in place of a token. */
  static final String PIN_HEADER = "X-Report-Pin";
  private final ReportService service;
  private final ReportLifecycleService lifecycle;
  private final CurrentCaller caller;

  private final java.time.ZoneId zone;
  private final AttachmentService attachmentService;

  private final PersonalDataService personalData;
  private final ProofOfWork proofOfWork;
  private final GuestAccess guests;
  private final ClientAddress addresses;

  ReportResource(ReportService service, ReportLifecycleService lifecycle, CurrentCaller caller,
      id.aduan.common.config.AppConfig config, AttachmentService attachmentService, PersonalDataService personalData,
      ProofOfWork proofOfWork, GuestAccess guests, ClientAddress addresses) {
    this.guests = guests;
    this.addresses = addresses;
    this.proofOfWork = proofOfWork;
    this.personalData = personalData;
    this.attachmentService = attachmentService;
    this.zone = config.timeZone();
    this.service = service;
    this.lifecycle = lifecycle;
    this.caller = caller;
  }

  /**
   * Open to guests, who prove some work instead of an account; a token, when sent, must be valid
   * and a citizen's (checked in the service).
   */
  @RateLimited(Limit.SUBMISSION)
  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> submit(@Valid @NotNull(message = "is required") ReportSubmission body,
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

  /** Officials and citizens with their token; a guest reporter with the PIN header instead. */
  @GET
  @Path("{id}")
  @PermitAll
  public Uni<ReportViews.Detail> get(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return who(reportId, pin, request).flatMap(w -> service.get(reportId, w.caller(), w.pass()));
  }

  @POST
  @Path("track/{trackingCode}/access")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> openWithPin(@PathParam("trackingCode") String trackingCode,
      @Valid @NotNull(message = "is required") LifecycleCommands.PinAccess body, @Context HttpServerRequest request) {
    return guests.byCode(trackingCode, body.pin(), addresses.of(request)).flatMap(service::open);
  }

  @GET
  @Path("public")
  @PermitAll
  public Uni<Page<ReportViews.Public>> publicFeed(@QueryParam("q") String q, @QueryParam("type") String type,
      @QueryParam("categoryId") String categoryId, @QueryParam("agencyId") String agencyId,
      @QueryParam("status") String status, @QueryParam("kecamatanCode") String kecamatanCode,
      @QueryParam("kelurahanCode") String kelurahanCode, @QueryParam("from") String from,
      @QueryParam("to") String to, @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    PublicFilter filter = PublicFilters.parse(q, type, categoryId, agencyId, status, kecamatanCode, kelurahanCode,
        from, to, zone);
    return service.publicFeed(filter, cursor, PageSize.parse(size));
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/supports")
  @RolesAllowed(Roles.CITIZEN)
  public Uni<Response> support(@PathParam("id") String id) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> service.support(reportId, c))
        .map(p -> Response.status(Response.Status.CREATED).entity(p).build());
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
  public Uni<Page<ReportViews.Event>> events(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    int pageSize = PageSize.parse(size);
    return who(reportId, pin, request).flatMap(w -> service.events(reportId, w.caller(), w.pass(), cursor, pageSize));
  }

  @GET
  @Path("{id}/messages")
  @PermitAll
  public Uni<Page<ReportViews.Message>> messages(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    int pageSize = PageSize.parse(size);
    return who(reportId, pin, request).flatMap(w -> service.messages(reportId, w.caller(), w.pass(), cursor, pageSize));
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/messages")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<Response> postMessage(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      LifecycleCommands.Message body, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return who(reportId, pin, request).flatMap(w -> lifecycle.postMessage(reportId, body, w.caller(), w.pass()))
        .map(m -> Response.status(Response.Status.CREATED).entity(m).build());
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/confirmation")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> confirm(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      LifecycleCommands.Confirmation body, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return who(reportId, pin, request).flatMap(w -> lifecycle.confirm(reportId, body, w.caller(), w.pass()));
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/dispute")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> dispute(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      LifecycleCommands.Dispute body, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return who(reportId, pin, request).flatMap(w -> lifecycle.dispute(reportId, body, w.caller(), w.pass()));
  }

  @POST
  @Path("{id}/verification")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> verify(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Verification body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.verify(reportId, body, c));
  }

  @POST
  @Path("{id}/moderation")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> moderate(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Moderation body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.moderate(reportId, body, c));
  }

  @POST
  @Path("{id}/hold")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> hold(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Hold body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.hold(reportId, body, c));
  }

  @POST
  @Path("{id}/archive")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> archive(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Archive body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.archive(reportId, body, c));
  }

  @POST
  @Path("{id}/forwards")
  @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> forward(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Forward body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.forward(reportId, body, c));
  }

  @POST
  @Path("{id}/returns")
  @RolesAllowed(Roles.OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> returnToAdmin(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Return body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.returnToAdmin(reportId, body, c));
  }

  @POST
  @Path("{id}/follow-ups")
  @RolesAllowed(Roles.OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> followUp(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.FollowUp body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.followUp(reportId, body, c));
  }

  @POST
  @Path("{id}/resolution")
  @RolesAllowed(Roles.OFFICER)
  @Consumes(MediaType.APPLICATION_JSON)
  public Uni<ReportViews.Detail> resolve(@PathParam("id") String id,
      @Valid @NotNull(message = "is required") LifecycleCommands.Resolution body) {
    UUID reportId = Ids.parse(id, "id");
    return caller.get().flatMap(c -> lifecycle.resolve(reportId, body, c));
  }

  /** A guest reporter, with the PIN, has the report forget their contact data. */
  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/erasure")
  @PermitAll
  public Uni<PersonalDataService.Erasure> eraseContact(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return who(reportId, pin, request).flatMap(w -> personalData.eraseGuestContact(reportId, w.caller(), w.pass()));
  }

  /** The caller, and a guest's pass for this report. */
  record Who(Caller caller, GuestPass pass) {}

  /**
   * The caller; for a guest who sent a PIN or access key, the pass it gives, checked before any
   * session opens (GuestAccess). A guest with neither, or a wrong one, gets 401 or 404 before the
   * body is even validated (the services validate it).
   */
  private Uni<Who> who(UUID reportId, String pin, HttpServerRequest request) {
    return caller.get().flatMap(c -> {
      if (!c.isGuest()) {
        return Uni.createFrom().item(new Who(c, null));
      }
      return guests.byId(reportId, pin, addresses.of(request)).map(pass -> new Who(c, pass));
    });
  }

  @RateLimited(Limit.REPORTER_WRITE)
  @POST
  @Path("{id}/attachments")
  @PermitAll
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Uni<Response> attach(@PathParam("id") String id, @HeaderParam(PIN_HEADER) String pin,
      @RestForm("file") FileUpload file, UriInfo uri, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    // Who may attach is settled before the file is read, detected or stripped; the attachment
    // itself checks again under the report's lock.
    return who(reportId, pin, request)
        .call(w -> {
          if (file == null) {
            throw new InvalidInputException("file", "is required: send the file as the multipart part named file");
          }
          return lifecycle.mayAttach(reportId, w.caller(), w.pass());
        })
        .flatMap(w -> attachmentService.prepare(file.uploadedFile(), file.size(), file.fileName())
            .flatMap(prepared -> lifecycle.attach(reportId, prepared, w.caller(), w.pass())))
        .map(a -> Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build()).entity(a).build());
  }

  @GET
  @Path("{id}/attachments")
  @PermitAll
  public Uni<Page<ReportViews.AttachmentView>> attachments(@PathParam("id") String id,
      @HeaderParam(PIN_HEADER) String pin, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    return who(reportId, pin, request).flatMap(w -> service.attachments(reportId, w.caller(), w.pass()));
  }

  /** The file itself: images shown inline, PDFs downloaded; never sniffed as another type. */
  @GET
  @Path("{id}/attachments/{attachmentId}")
  @PermitAll
  @Produces({"image/jpeg", "image/png", "image/webp", "application/pdf", MediaType.APPLICATION_JSON})
  public Uni<Response> attachment(@PathParam("id") String id, @PathParam("attachmentId") String attachmentId,
      @HeaderParam(PIN_HEADER) String pin, @Context HttpServerRequest request) {
    UUID reportId = Ids.parse(id, "id");
    UUID fileId = Ids.parse(attachmentId, "attachmentId");
    return who(reportId, pin, request).flatMap(w -> service.attachment(reportId, fileId, w.caller(), w.pass())).map(d -> {
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
