package id.aduan.open311;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Localizer;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.limit.Limit;
import id.aduan.common.limit.RateLimited;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): every resource in XML and JSON,
 * picked by the extension; every failure in the specification's error format. Open to anyone:
 * only POST requests needs an {@code api_key}, which is a form field, not a token.
 */
@Path("/open311/v2")
@PermitAll
public class Open311Resource {
  private final Open311Service service;
  private final Open311Writer writer;

  Open311Resource(Open311Service service, Open311Writer writer) {
    this.service = service;
    this.writer = writer;
  }

  @GET
  @Path("discovery.{format}")
  public Uni<Response> discovery(@PathParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
      UriInfo uri) {
    String endpoint = uri.getBaseUriBuilder().path("open311/v2").build().toString();
    return answer(format, lang, "discovery", 200, id -> service.discovery(endpoint));
  }

  @GET
  @Path("services.{format}")
  public Uni<Response> services(@PathParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
      @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(format, lang, "services", 200, id -> service.services(jurisdiction));
  }

  @GET
  @Path("services/{service_code}.{format}")
  public Uni<Response> definition(@PathParam("service_code") String serviceCode, @PathParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(format, lang, "service_definition", 200, id -> service.definition(jurisdiction, serviceCode, id));
  }

  @POST
  @Path("requests.{format}")
  public Uni<Response> create(@PathParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @QueryParam("jurisdiction_id") String jurisdiction,
      String body) {
    return answer(format, lang, "service_requests", 201, id -> {
      Map<String, List<String>> form = form(contentType, body);
      if (jurisdiction != null) {
        form.computeIfAbsent("jurisdiction_id", k -> new ArrayList<>()).add(jurisdiction);
      }
      return service.submit(form, lang);
    });
  }

  @RateLimited(value = Limit.LOOKUP, whenQueryParameter = "service_request_id")
  @GET
  @Path("requests.{format}")
  public Uni<Response> requests(@PathParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
      @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("service_request_id") String ids,
      @QueryParam("service_code") String serviceCodes, @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate, @QueryParam("status") String status) {
    return answer(format, lang, "service_requests", 200,
        id -> service.requests(jurisdiction, ids, serviceCodes, startDate, endDate, status, id));
  }

  @RateLimited(Limit.LOOKUP)
  @GET
  @Path("requests/{service_request_id}.{format}")
  public Uni<Response> request(@PathParam("service_request_id") String serviceRequestId,
      @PathParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang,
      @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(format, lang, "service_requests", 200, id -> service.request(jurisdiction, serviceRequestId, id));
  }

  @GET
  @Path("tokens/{token_id}.{format}")
  public Uni<Response> token(@PathParam("token_id") String token, @PathParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang, @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(format, lang, "service_requests", 200, id -> service.token(jurisdiction, token));
  }

  /** What a call does, given whether the client prefers Indonesian. */
  @FunctionalInterface
  interface Work {
    Uni<?> run(boolean indonesian);
  }

  /**
   * The document in the format asked for, or the error list; an unknown format is itself a 404,
   * answered in XML, the format every Open311 client reads.
   */
  private Uni<Response> answer(String extension, String acceptLanguage, String root, int status, Work work) {
    boolean indonesian = Localizer.prefersIndonesian(acceptLanguage);
    Optional<Open311Format> format = Open311Format.of(extension);
    if (format.isEmpty()) {
      return Uni.createFrom().item(error(Open311Format.XML,
          new NotFoundException(Msg.of("open311.format")), indonesian));
    }
    Supplier<Uni<? extends Object>> call = () -> work.run(indonesian);
    return Uni.createFrom().deferred(call)
        .map(document -> language(Response.status(status), indonesian).type(format.get().contentType())
            .entity(writer.write(format.get(), root, document)).build())
        .onFailure().recoverWithItem(e -> error(format.get(), e, indonesian));
  }

  private Response error(Open311Format format, Throwable failure, boolean indonesian) {
    var answer = Open311Errors.of(failure, indonesian);
    var response = language(Response.status(answer.status()), indonesian).type(format.contentType())
        .entity(writer.write(format, "errors", answer.errors()));
    return (answer.retryAfter() > 0 ? response.header(HttpHeaders.RETRY_AFTER, answer.retryAfter()) : response).build();
  }

  private static Response.ResponseBuilder language(Response.ResponseBuilder response, boolean indonesian) {
    return indonesian ? response.header(HttpHeaders.CONTENT_LANGUAGE, "id") : response;
  }

  /** The form of POST requests; {@code attribute[code]} keys are kept as sent. */
  static Map<String, List<String>> form(String contentType, String body) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      throw new InvalidInputException("Content-Type", Msg.of("open311.contentType"));
    }
    Map<String, List<String>> form = new LinkedHashMap<>();
    if (body == null || body.isEmpty()) {
      return form;
    }
    try {
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("body", Msg.of("open311.form"));
    }
    return form;
  }
}
