package id.aduan.stats;

import id.aduan.common.QueryParams;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.RateLimited;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.paging.Page;
import id.aduan.common.paging.PageSize;
import id.aduan.common.security.CurrentCaller;
import id.aduan.common.security.Roles;
import id.aduan.report.ReportStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestMulti;

/** Statistics for officials: JSON, or CSV with {@code Accept: text/csv}. */
@Path("/api/v1/stats")
@RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class StatsResource {
  static final String CSV = "text/csv";
  /** The whole ranking in one CSV: agencies are counted in thousands at most. */
  static final int MAX_AGENCIES = 100_000;

  private final StatsService service;
  private final StatsReports reports;
  private final CurrentCaller caller;
  private final AppConfig config;

  StatsResource(StatsService service, StatsReports reports, CurrentCaller caller, AppConfig config) {
    this.service = service;
    this.reports = reports;
    this.caller = caller;
    this.config = config;
  }

  @GET
  @Path("summary")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Uni<Response> summary(@BeanParam StatsParams params, HttpHeaders headers) {
    StatsFilter f = params.filter(today());
    return scoped(f, service::summary)
        .map(s -> negotiate(headers, s, StatsCsv::summary, "summary", f));
  }

  @GET
  @Path("series")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Uni<Response> series(@BeanParam StatsParams params, @QueryParam("interval") String interval,
      HttpHeaders headers) {
    StatsFilter f = params.filter(today());
    StatsService.Interval i = QueryParams.enumOf(StatsService.Interval.class, interval, "interval");
    return scoped(f, (filter, scope) -> service.series(filter, scope, i == null ? StatsService.Interval.DAY : i))
        .map(s -> negotiate(headers, s, StatsCsv::series, "series", f));
  }

  @GET
  @Path("backlog")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Uni<Response> backlog(@BeanParam StatsParams params, HttpHeaders headers) {
    StatsFilter f = params.filter(today());
    return scoped(f, (filter, scope) -> service.backlog(filter, scope, today()))
        .map(b -> negotiate(headers, b, StatsCsv::backlog, "backlog", f.withPeriod(today(), today())));
  }

  @GET
  @Path("agencies")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Uni<Response> agencies(@BeanParam StatsParams params, @QueryParam("cursor") String cursor,
      @QueryParam("size") String size, HttpHeaders headers) {
    StatsFilter f = params.filter(today());
    boolean csv = wantsCsv(headers);
    int offset = csv ? 0 : rankCursor(cursor);
    int pageSize = csv ? MAX_AGENCIES : PageSize.parse(size);
    return scoped(f, (filter, scope) -> service.agencies(filter, scope, offset, pageSize))
        .map(page -> negotiate(headers, page, p -> StatsCsv.agencies(p.items()), "agencies", f));
  }

  @GET
  @Path("hotspots")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Uni<Response> hotspots(@BeanParam StatsParams params, @QueryParam("level") String level,
      @QueryParam("size") String size, HttpHeaders headers) {
    StatsFilter f = params.filter(today());
    boolean kelurahan = "kelurahan".equals(QueryParams.oneOf(level, "level", "kecamatan", "kelurahan"));
    int n = PageSize.parse(size);
    return scoped(f, (filter, scope) -> service.hotspots(filter, scope, kelurahan, n))
        .map(h -> negotiate(headers, h, StatsCsv::hotspots, "hotspots", f));
  }

  @GET
  @Path("reports")
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<Page<StatsViews.Report>> reports(@BeanParam StatsParams params, @BeanParam DrillParams drill,
      @QueryParam("cursor") String cursor, @QueryParam("size") String size) {
    StatsFilter f = params.filter(today());
    StatsReports.Drill d = drill.drill();
    Cursor after = Cursor.decode(cursor);
    int pageSize = PageSize.parse(size);
    return scoped(f, (filter, scope) -> reports.page(filter, scope, d, after, pageSize));
  }

  @RateLimited(Limit.EXPORT)
  @GET
  @Path("reports")
  @Produces(CSV)
  public RestMulti<Buffer> reportsCsv(@BeanParam StatsParams params, @BeanParam DrillParams drill) {
    StatsFilter f = params.filter(today());
    StatsReports.Drill d = drill.drill();
    // The scope is settled (or refused with its status) before the first byte goes out.
    return RestMulti.fromUniResponse(scoped(f, (filter, scope) -> Uni.createFrom().item(scope)),
        scope -> reports.csv(f, scope, d),
        scope -> Map.of(HttpHeaders.CONTENT_DISPOSITION, List.of(disposition("reports", f)),
            HttpHeaders.CONTENT_TYPE, List.of(CSV + "; charset=UTF-8")));
  }

  /** The narrowing parameters of the drill-down. */
  public static class DrillParams {
    @QueryParam("basis")
    public String basis;

    @QueryParam("status")
    public List<String> status;

    @QueryParam("overdue")
    public String overdue;

    @QueryParam("reopened")
    public String reopened;

    @QueryParam("rating")
    public String rating;

    @QueryParam("deadline")
    public String deadline;

    @QueryParam("deadlineState")
    public String deadlineState;

    StatsReports.Drill drill() {
      boolean resolved = "resolved".equals(QueryParams.oneOf(basis, "basis", "received", "resolved"));
      List<ReportStatus> statuses = status == null ? List.of()
          : status.stream().map(s -> QueryParams.enumOf(ReportStatus.class, s, "status")).toList();
      Integer stars = null;
      if (rating != null && !rating.isBlank()) {
        try {
          stars = Integer.parseInt(rating.strip());
        } catch (NumberFormatException e) {
          throw new InvalidInputException("rating", Msg.of("validation.rating"));
        }
      }
      return new StatsReports.Drill(resolved, statuses, QueryParams.bool(overdue, "overdue"),
          QueryParams.bool(reopened, "reopened"), stars, QueryParams.oneOf(deadline, "deadline", "verify", "followUp"),
          QueryParams.oneOf(deadlineState, "deadlineState", "met", "late", "overdue"));
    }
  }

  private <T> Uni<T> scoped(StatsFilter f, BiFunction<StatsFilter, StatsScope, Uni<T>> query) {
    return caller.get().flatMap(c -> service.scope(c, f)).flatMap(scope -> query.apply(f, scope));
  }

  private LocalDate today() {
    return LocalDate.now(config.timeZone());
  }

  private static int rankCursor(String cursor) {
    String key = KeyCursor.decode(cursor);
    try {
      return key == null ? 0 : Math.max(0, Integer.parseInt(key));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
    }
  }

  /** CSV only when asked for by name: a client that accepts anything gets JSON. */
  static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType t : headers.getAcceptableMediaTypes()) {
      if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType()) {
        return false;
      }
      if ("text".equals(t.getType()) && "csv".equals(t.getSubtype())) {
        return true;
      }
    }
    return false;
  }

  static <T> Response negotiate(HttpHeaders headers, T body, Function<T, String> csv, String name, StatsFilter f) {
    if (!wantsCsv(headers)) {
      return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
    return Response.ok(csv.apply(body), CSV + "; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name, f)).build();
  }

  static String disposition(String name, StatsFilter f) {
    String period = f.from().equals(f.to()) ? f.to().toString() : f.from() + "_" + f.to();
    return "attachment; filename=\"aduan-" + name + "-" + period + ".csv\"";
  }
}
