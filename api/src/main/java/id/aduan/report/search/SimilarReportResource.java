package id.aduan.report.search;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.report.ReportViews;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Public reports that may be the one being written: duplicate suggestions for the form and the admin. */
@Path("/api/v1/reports/similar")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class SimilarReportResource {
  static final int DEFAULT_SIZE = 5;
  static final int MAX_SIZE = 20;

  private final ReportSearchService search;

  SimilarReportResource(ReportSearchService search) {
    this.search = search;
  }

  @GET
  public Uni<Page<ReportViews.Public>> similar(@QueryParam("q") String q,
      @QueryParam("kelurahanCode") String kelurahanCode, @QueryParam("lat") String lat,
      @QueryParam("lng") String lng, @QueryParam("size") String size) {
    String words = PublicFilters.query(q);
    if (words == null) {
      throw new InvalidInputException("q", Msg.of("validation.required"));
    }
    String kelurahan = kelurahanCode == null || kelurahanCode.isBlank() ? null : kelurahanCode.strip();
    if (kelurahan != null && kelurahan.length() > 20) {
      throw new InvalidInputException("kelurahanCode", Msg.of("validation.tooLong", "max", 20));
    }
    Double latitude = coordinate(lat, "lat", 90, Msg.of("validation.latitudeNumber"), Msg.of("validation.latitude"));
    Double longitude =
        coordinate(lng, "lng", 180, Msg.of("validation.longitudeNumber"), Msg.of("validation.longitude"));
    if (latitude == null != (longitude == null)) {
      throw latitude == null ? new InvalidInputException("lat", Msg.of("validation.requiredWith", "field", "lng"))
          : new InvalidInputException("lng", Msg.of("validation.requiredWith", "field", "lat"));
    }
    int n = PageSize.parse(size, DEFAULT_SIZE, MAX_SIZE);
    // The raw input: a trailing space says that the last word is complete (no prefix).
    SearchQuery query = SearchQuery.parse(q);
    if (query == null) {
      return Uni.createFrom().item(new Page<>(java.util.List.of(), null));
    }
    return search.similar(query, kelurahan, latitude, longitude, n).map(items -> new Page<>(items, null));
  }

  private static Double coordinate(String value, String field, int max, Msg notANumber, Msg outOfRange) {
    if (value == null || value.isBlank()) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, notANumber);
    }
    if (!(d >= -max && d <= max)) {
      throw new InvalidInputException(field, outOfRange);
    }
    return d;
  }
}
