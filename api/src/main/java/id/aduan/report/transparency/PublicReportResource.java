package id.aduan.report.transparency;

import id.aduan.common.Ids;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * A report's public page, its published photos and its link preview: for everyone, with no
 * login and no PIN. The feed itself ({@code GET /api/v1/reports/public}) is PublicFeedResource.
 */
@Path("/api/v1/reports/public/{ref}")
@PermitAll
public class PublicReportResource {
  private final PublicReportService service;
  private final PublicReportPreview preview;

  PublicReportResource(PublicReportService service, PublicReportPreview preview) {
    this.service = service;
    this.preview = preview;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<PublicViews.Detail> page(@PathParam("ref") String ref) {
    return service.page(ref);
  }

  /** A published photo; cached a short while, as it may still be unpublished. */
  @GET
  @Path("photos/{attachmentId}")
  @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
  public Uni<Response> photo(@PathParam("ref") String ref, @PathParam("attachmentId") String attachmentId) {
    UUID fileId = Ids.parse(attachmentId, "attachmentId");
    return service.photo(ref, fileId).map(d -> Response.ok(d.content(), d.attachment().mediaType)
        .header("Content-Disposition", "inline")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "public, max-age=300")
        // Shown by the app, and by link previews, from other origins.
        .header("Cross-Origin-Resource-Policy", "cross-origin")
        .build());
  }

  /** The Open Graph tags of the page, for link-preview crawlers (ADR 0028). */
  @GET
  @Path("preview")
  @Produces(MediaType.TEXT_HTML)
  public Uni<Response> preview(@PathParam("ref") String ref) {
    return service.page(ref).map(p -> Response.ok(preview.html(p))
            .header("Cache-Control", "public, max-age=300").build())
        .onFailure(id.aduan.common.error.NotFoundException.class)
        .recoverWithItem(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML)
            .entity(preview.notFound()).build());
  }
}
