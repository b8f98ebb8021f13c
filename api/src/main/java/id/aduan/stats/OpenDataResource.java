package id.aduan.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Public statistics and open data, for anyone. The ETag is a digest of the response itself:
 * exact whatever changed (a report, a category's name), and a client or cache that has it gets
 * 304 and no body.
 */
@Path("/api/v1/open-data")
public class OpenDataResource {
  static final String CACHE = "public, max-age=300";
  static final int MAX_MONTHS = 24;

  private final StatsService stats;
  private final OpenDataService openData;
  private final AppConfig config;
  private final ObjectMapper json;

  OpenDataResource(StatsService stats, OpenDataService openData, AppConfig config, ObjectMapper json) {
    this.stats = stats;
    this.openData = openData;
    this.config = config;
    this.json = json;
  }

  @GET
  @Path("summary")
  @Produces({MediaType.APPLICATION_JSON, StatsResource.CSV})
  public Uni<Response> summary(@QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("categoryId") String categoryId, @QueryParam("areaCode") String areaCode,
      @QueryParam("type") String type, @HeaderParam("If-None-Match") String etag, HttpHeaders headers) {
    StatsFilter f = StatsFilter.parse(from, to, null, null, categoryId, null, null, areaCode, type,
        LocalDate.now(config.timeZone()));
    return stats.summary(f, StatsScope.PUBLIC).map(s -> cacheable(headers, etag, s, StatsCsv::summary));
  }

  @GET
  @Path("monthly")
  @Produces({MediaType.APPLICATION_JSON, StatsResource.CSV})
  public Uni<Response> monthly(@QueryParam("from") String from, @QueryParam("to") String to,
      @HeaderParam("If-None-Match") String etag, HttpHeaders headers) {
    YearMonth end = month(to, "to", YearMonth.now(config.timeZone()));
    YearMonth start = month(from, "from", end.minusMonths(11));
    if (start.isAfter(end)) {
      throw new InvalidInputException("from", Msg.of("stats.from.afterTo"));
    }
    if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
      throw new InvalidInputException("from", Msg.of("openData.from.tooEarly", "max", MAX_MONTHS));
    }
    return openData.monthly(start, end).map(m -> cacheable(headers, etag, m, StatsCsv::monthly));
  }

  private static YearMonth month(String value, String field, YearMonth fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, Msg.of("openData.month.format"));
    }
  }

  private <T> Response cacheable(HttpHeaders headers, String ifNoneMatch, T body, Function<T, String> csv) {
    boolean asCsv = StatsResource.wantsCsv(headers);
    String text = asCsv ? csv.apply(body) : write(body);
    String tag = "\"" + digest(text) + "\"";
    if (ifNoneMatch != null && (ifNoneMatch.contains(tag) || ifNoneMatch.strip().equals("*"))) {
      return Response.notModified().header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE)
          .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }
    return Response.ok(text, asCsv ? StatsResource.CSV + "; charset=UTF-8" : MediaType.APPLICATION_JSON)
        .header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("statistics cannot be written as JSON", e);
    }
  }

  private static String digest(String text) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
