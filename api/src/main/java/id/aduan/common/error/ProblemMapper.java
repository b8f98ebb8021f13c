package id.aduan.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP errors: every error is
 * {@code application/problem+json}, in words a person understands and in the caller's language
 * (Localizer), and never exposes a class name or a stack trace.
 */
public class ProblemMapper {
  /** The template of "is required", which says it all when a field is missing or blank. */
  private static final String REQUIRED = "{validation.required}";
  private static final Msg INVALID = Msg.of("problem.title.invalid");
  private static final Msg CONFLICT = Msg.of("problem.title.conflict");

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
    return problem(404, Msg.of("problem.title.notFound"), e.detail(), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response conflict(ConflictException e, UriInfo uri, HttpHeaders headers) {
    return problem(409, CONFLICT, e.detail(), uri, locale(headers));
  }

  /** A unique constraint that a concurrent request won: retrying may succeed, nothing was stored. */
  @ServerExceptionMapper
  public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri,
      HttpHeaders headers) {
    Log.warnf("Constraint %s violated on %s", e.getConstraintName(), uri == null ? "?" : uri.getPath());
    return problem(409, CONFLICT, Msg.of("problem.detail.storedMeanwhile"), uri, locale(headers));
  }

  /** Two requests changed the same row at once and this one lost: nothing of it was stored. */
  @ServerExceptionMapper
  public Response optimisticLock(jakarta.persistence.OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
    return problem(409, CONFLICT, Msg.of("problem.detail.changedMeanwhile"), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response invalidFile(InvalidFileException e, UriInfo uri, HttpHeaders headers) {
    return problem(415, Msg.of("problem.title.unsupportedMediaType"), e.detail(), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response fileTooLarge(FileTooLargeException e, UriInfo uri, HttpHeaders headers) {
    return problem(413, Msg.of("problem.title.tooLarge"), e.detail(), uri, locale(headers));
  }

  /** A multipart body that is not one (a broken boundary or part header). */
  @ServerExceptionMapper
  public Response malformedMultipart(
      org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e, UriInfo uri,
      HttpHeaders headers) {
    return problem(400, INVALID, Msg.of("problem.detail.notMultipart"), uri, locale(headers));
  }

  /** The multipart parser's word for a body that ends before its closing boundary. */
  @ServerExceptionMapper
  public Response unreadableBody(java.io.IOException e, UriInfo uri, HttpHeaders headers) {
    boolean multipart = Arrays.stream(e.getStackTrace()).limit(3)
        .anyMatch(frame -> frame.getClassName().contains(".multipart."));
    return multipart ? malformedMultipart(null, uri, headers) : unexpected(e, uri, headers);
  }

  /** Over a rate limit: nothing was done, and Retry-After says when to come back. */
  @ServerExceptionMapper
  public Response tooManyRequests(id.aduan.common.limit.TooManyRequestsException e, UriInfo uri,
      HttpHeaders headers) {
    return Response.fromResponse(problem(429, Msg.of("problem.title.tooManyRequests"), e.detail(), uri,
            locale(headers)))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }

  /** A guest's report without a valid stamp: the problem says what a new one needs. */
  @ServerExceptionMapper
  public Response proofOfWork(id.aduan.common.limit.ProofOfWorkException e, UriInfo uri, HttpHeaders headers) {
    Locale locale = locale(headers);
    var violations = List.of(new Problem.Violation(e.field(), Localizer.text(e.reason(), locale)));
    return response(new Problem(Problem.PROOF_OF_WORK_TYPE, Localizer.text(INVALID, locale), 400,
        describe(violations, locale), uri == null ? null : uri.getPath(), violations,
        new Problem.ProofOfWork(e.requiredBits(), e.serverTime())));
  }

  @ServerExceptionMapper
  public Response invalidInput(InvalidInputException e, UriInfo uri, HttpHeaders headers) {
    return invalid(e.field(), e.reason(), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
    Locale locale = locale(headers);
    Map<String, List<ConstraintViolation<?>>> byField = e.getConstraintViolations().stream()
        .collect(Collectors.groupingBy(ProblemMapper::fieldOf, TreeMap::new, Collectors.toList()));
    List<Problem.Violation> violations = byField.entrySet().stream()
        .map(f -> new Problem.Violation(f.getKey(), messageOf(f.getValue(), locale)))
        .toList();
    return problem(400, Localizer.text(INVALID, locale), describe(violations, locale), uri, violations);
  }

  /**
   * One message per field: "is required" alone when the field is missing or blank, otherwise
   * every rule it breaks, in the order of their English words.
   */
  private static String messageOf(List<ConstraintViolation<?>> violations, Locale locale) {
    if (violations.stream().anyMatch(v -> REQUIRED.equals(v.getMessageTemplate()))) {
      return Localizer.text(Msg.of("validation.required"), locale);
    }
    return violations.stream()
        .sorted(Comparator.comparing(ConstraintViolation::getMessage))
        .map(v -> Localizer.text(v, locale))
        .collect(Collectors.joining("; "));
  }

  /** Quarkus's own subtype of the above, which would otherwise win as the more specific match. */
  @ServerExceptionMapper
  public Response restViolation(ResteasyReactiveViolationException e, UriInfo uri, HttpHeaders headers) {
    return constraintViolation(e, uri, headers);
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
    // Unknown fields are refused rather than ignored: a client that sends `status` or `reporter`
    // learns at once that it cannot set them.
    return invalid(pathOf(e), Msg.of("json.unknownField"), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
    Msg message;
    if (e.getTargetType() != null && e.getTargetType().isEnum()) {
      message = Msg.of("validation.oneOf", "values", Arrays.stream(e.getTargetType().getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", ")));
    } else if (e.getTargetType() == java.time.LocalDate.class) {
      message = Msg.of("validation.date");
    } else if (e.getTargetType() == java.util.UUID.class) {
      message = Msg.of("validation.uuid");
    } else if (e.getTargetType() == String.class) {
      message = Msg.of("validation.noNul");
    } else {
      message = Msg.of("json.wrongFormat");
    }
    return invalid(pathOf(e), message, uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
    return mapping(e, uri, headers);
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
    String field = pathOf(e);
    if (field.isEmpty()) {
      return problem(400, INVALID, Msg.of("problem.detail.notJsonObject"), uri, locale(headers));
    }
    return invalid(field, Msg.of("json.wrongType"), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response unparsableJson(JsonParseException e, UriInfo uri, HttpHeaders headers) {
    return malformedJson(e, uri, headers);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
    return problem(400, INVALID, Msg.of("problem.detail.notJson"), uri, locale(headers));
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
    return Response.fromResponse(problem(401, Msg.of("problem.title.unauthorized"),
            Msg.of("problem.detail.unauthorized"), uri, locale(headers)))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
    return problem(403, Msg.of("problem.title.forbidden"), Msg.of("problem.detail.forbidden"), uri, locale(headers));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
    // Quarkus wraps some body-reading failures: answer as if the cause had reached us directly.
    if (e.getCause() instanceof UnrecognizedPropertyException cause) {
      return unknownField(cause, uri, headers);
    }
    if (e.getCause() instanceof InvalidFormatException cause) {
      return invalidFormat(cause, uri, headers);
    }
    if (e.getCause() instanceof JsonMappingException cause) {
      return mapping(cause, uri, headers);
    }
    if (e.getCause() instanceof JsonProcessingException cause) {
      return malformedJson(cause, uri, headers);
    }
    Locale locale = locale(headers);
    int status = e.getResponse().getStatus();
    // The title is the status's reason phrase, in the caller's language where the bundle has it.
    Words words = switch (status) {
      case 404 -> new Words(Msg.of("problem.title.noSuchAddress"), Msg.of("problem.detail.noSuchAddress"));
      case 405 -> new Words(Msg.of("problem.title.methodNotAllowed"), Msg.of("problem.detail.methodNotAllowed"));
      case 406 -> new Words(Msg.of("problem.title.notAcceptable"), Msg.of("problem.detail.notAcceptable"));
      case 413 -> new Words(Msg.of("problem.title.tooLarge"), Msg.of("problem.detail.bodyTooLarge"));
      case 415 -> new Words(Msg.of("problem.title.unsupportedMediaType"), Msg.of("problem.detail.notJsonBody"));
      default -> new Words(null, Msg.of("problem.detail.notProcessed"));
    };
    String title = words.title() == null ? e.getResponse().getStatusInfo().getReasonPhrase()
        : Localizer.text(words.title(), locale);
    Response r = problem(status, title, Localizer.text(words.detail(), locale), uri, null);
    var allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow == null && status == 405 && uri != null) {
      allow = AllowedMethods.of(uri.getPath());
    }
    return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
  }

  private record Words(Msg title, Msg detail) {}

  @ServerExceptionMapper
  public Response composite(CompositeException e, UriInfo uri, HttpHeaders headers) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException re && !(cause instanceof CompositeException)) {
      throw re;
    }
    return unexpected(e, uri, headers);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
    Locale locale = locale(headers);
    if (sqlState(e, "22021")) {
      // Text PostgreSQL cannot store (NUL) that came in outside a JSON body, e.g. in a query.
      return problem(400, INVALID, Msg.of("problem.detail.nul"), uri, locale);
    }
    if (saturated(e)) {
      return busy(uri, locale);
    }
    if (databaseUnavailable(e)) {
      // The transaction did not commit, or its commit was not confirmed: a retry with the same
      // Idempotency-Key returns the first report if it did.
      Log.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e);
      return Response.fromResponse(problem(503, Msg.of("problem.title.unavailable"),
              Msg.of("problem.detail.unavailable"), uri, locale))
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_DATABASE_SECONDS)
          .build();
    }
    Log.error("Unexpected error on " + (uri == null ? "?" : uri.getPath()), e);
    return problem(500, Msg.of("problem.title.serverError"), Msg.of("problem.detail.serverError"), uri, locale);
  }

  /** The API's workers or database connections are all taken: come back in a moment. */
  @ServerExceptionMapper
  public Response serviceBusy(ServiceBusyException e, UriInfo uri, HttpHeaders headers) {
    return busy(uri, locale(headers));
  }

  private static Response busy(UriInfo uri, Locale locale) {
    return Response.fromResponse(problem(503, Msg.of("problem.title.unavailable"), Msg.of("problem.detail.busy"), uri,
            locale))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_BUSY_SECONDS)
        .build();
  }

  /** A burst passes in about this long; the client's retry then finds room. */
  public static final int RETRY_AFTER_BUSY_SECONDS = 2;

  /**
   * Every pooled connection taken and the wait for one over (common/config/DatabasePool), or a
   * pool that refused the task: the request was not started, or its transaction rolled back.
   */
  public static boolean saturated(Throwable e) {
    return anyCause(e, t -> t instanceof ServiceBusyException
        || t instanceof io.vertx.core.http.ConnectionPoolTooBusyException
        || t instanceof java.util.concurrent.RejectedExecutionException
        || t instanceof io.vertx.core.VertxException && "Timeout waiting for connection".equals(t.getMessage()));
  }

  private static Response invalid(String field, Msg message, UriInfo uri, Locale locale) {
    List<Problem.Violation> violations = List.of(new Problem.Violation(field, Localizer.text(message, locale)));
    return problem(400, Localizer.text(INVALID, locale), describe(violations, locale), uri, violations);
  }

  /** The language of the error texts: the caller's, from Accept-Language. */
  private static Locale locale(HttpHeaders headers) {
    return Localizer.errorLocale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /** Long enough for PostgreSQL to restart or fail over, short enough for a person to wait. */
  public static final int RETRY_AFTER_DATABASE_SECONDS = 5;

  /**
   * PostgreSQL unreachable, shutting down or starting up, or out of connections: a failure of the
   * moment, not of the request. SQLSTATE classes 08 (connection) and 57P (operator intervention).
   */
  public static boolean databaseUnavailable(Throwable e) {
    return anyCause(e, t -> t instanceof java.net.ConnectException
        || t instanceof io.vertx.sqlclient.ClosedConnectionException
        || t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
            && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P")
                || pg.getSqlState().equals("53300")));
  }

  private static boolean sqlState(Throwable e, String state) {
    return anyCause(e, t -> t instanceof io.vertx.pgclient.PgException pg && state.equals(pg.getSqlState()));
  }

  /** Whether {@code e} or any exception it was caused by matches. */
  private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> matches) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (matches.test(t)) {
        return true;
      }
    }
    return false;
  }

  private static Response problem(int status, Msg title, Msg detail, UriInfo uri, Locale locale) {
    return problem(status, Localizer.text(title, locale), Localizer.text(detail, locale), uri, null);
  }

  static Response problem(int status, String title, String detail, UriInfo uri,
      List<Problem.Violation> violations) {
    return response(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), violations));
  }

  private static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  static String describe(List<Problem.Violation> violations, Locale locale) {
    if (violations.size() == 1) {
      var v = violations.get(0);
      return Localizer.text(Msg.of("problem.detail.oneField", "field", v.field(), "message", v.message()), locale);
    }
    return Localizer.text(Msg.of("problem.detail.fields", "count", violations.size()), locale);
  }

  /** The JSON path of a body field ({@code contact.email}) or the name of a parameter. */
  static String fieldOf(ConstraintViolation<?> v) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        field.setLength(0);
        field.append(node.getName());
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      // Below a parameter, the path is the body's: drop the parameter's own name.
      if (field.length() > 0 && isParameterName(v, field)) {
        field.setLength(0);
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.toString();
  }

  private static boolean isParameterName(ConstraintViolation<?> v, CharSequence field) {
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER && node.getName().contentEquals(field)) {
        return true;
      }
    }
    return false;
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
