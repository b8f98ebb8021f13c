package id.aduan.report.transparency;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The public page of a report (GET /api/v1/reports/public/{ref}): what was done, never who reported it. */
public final class PublicViews {
  private PublicViews() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(UUID id, String trackingCode, ReportType type, ReportStatus status, String title,
      String description, UUID categoryId, String categoryName, UUID agencyId, String agencyName, Location location,
      LocalDate incidentDate, int supportCount, Instant createdAt, Instant verifiedAt, Instant forwardedAt,
      Instant resolvedAt, Instant closedAt, Instant updatedAt, String resolution, Integer rating, List<Photo> photos,
      List<Step> timeline, boolean timelineTruncated) {}

  /** Coarse (rounded, no address) when the reporter asked for anonymity. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Location(Double latitude, Double longitude, String kecamatanCode, String kecamatanName,
      String kelurahanCode, String kelurahanName, String address, boolean coarse) {}

  public record Photo(UUID id, String mediaType, String url) {}

  /** One public step; officials are named by their agency only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(ReportEvent.Type type, Instant at, ReportStatus status, UUID agencyId, String agencyName,
      String text, Integer rating) {}
}
