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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP errors: every error is
 * {@code application/problem+json}, in words a person understands, and never exposes a class
 * name or a stack trace.
 */
public class ProblemMapper {
  private static final String REQUIRED = "is required";
  private static final String CONTROL_CHARACTER = "must not contain the NUL character";

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    return problem(404, "Not found", e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response conflict(ConflictException e, UriInfo uri) {
    return problem(409, "Conflict", e.getMessage(), uri, null);
  }

  /** A unique constraint that a concurrent request won: retrying may succeed, nothing was stored. */
  @ServerExceptionMapper
  public Response uniqueViolation(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
    Log.warnf("Constraint %s violated on %s", e.getConstraintName(), uri == null ? "?" : uri.getPath());
    return problem(409, "Conflict",
        "The request conflicts with data stored meanwhile; nothing was changed. Please try again.", uri, null);
  }

  /** Two requests changed the same row at once and this one lost: nothing of it was stored. */
  @ServerExceptionMapper
  public Response optimisticLock(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
    return problem(409, "Conflict", "Someone changed this at the same moment; nothing was changed. Please try again.",
        uri, null);
  }

  @ServerExceptionMapper
  public Response invalidFile(InvalidFileException e, UriInfo uri) {
    return problem(415, "Unsupported Media Type", e.getMessage(), uri, null);
  }

  @ServerExceptionMapper
  public Response fileTooLarge(FileTooLargeException e, UriInfo uri) {
    return problem(413, "Request Entity Too Large", e.getMessage(), uri, null);
  }

  /** A multipart body that is not one (a broken boundary or part header). */
  @ServerExceptionMapper
  public Response malformedMultipart(
      org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException e, UriInfo uri) {
    return problem(400, "Invalid request",
        "The request body is not valid multipart/form-data: send the file as the part named file.", uri, null);
  }

  /** The multipart parser's word for a body that ends before its closing boundary. */
  @ServerExceptionMapper
  public Response unreadableBody(java.io.IOException e, UriInfo uri) {
    boolean multipart = Arrays.stream(e.getStackTrace()).limit(3)
        .anyMatch(frame -> frame.getClassName().contains(".multipart."));
    return multipart ? malformedMultipart(null, uri) : unexpected(e, uri);
  }

  /** Over a rate limit: nothing was done, and Retry-After says when to come back. */
  @ServerExceptionMapper
  public Response tooManyRequests(id.aduan.common.limit.TooManyRequestsException e, UriInfo uri) {
    return Response.fromResponse(problem(429, "Too Many Requests", e.getMessage(), uri, null))
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .build();
  }

  /** A guest's report without a valid stamp: the problem says what a new one needs. */
  @ServerExceptionMapper
  public Response proofOfWork(id.aduan.common.limit.ProofOfWorkException e, UriInfo uri) {
    var violations = List.of(new Problem.Violation(e.field(), e.reason()));
    return response(new Problem(Problem.PROOF_OF_WORK_TYPE, "Invalid request", 400, describe(violations),
        uri == null ? null : uri.getPath(), violations, new Problem.ProofOfWork(e.requiredBits(), e.serverTime())));
  }

  @ServerExceptionMapper
  public Response invalidInput(InvalidInputException e, UriInfo uri) {
    return problem(400, "Invalid request", describe(e.violations()), uri, e.violations());
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    // One message per field: "is required" says it all when a field is missing or blank.
    Map<String, List<String>> byField = e.getConstraintViolations().stream()
        .collect(Collectors.groupingBy(ProblemMapper::fieldOf, TreeMap::new,
            Collectors.mapping(ConstraintViolation::getMessage, Collectors.toList())));
    List<Problem.Violation> violations = byField.entrySet().stream()
        .map(f -> new Problem.Violation(f.getKey(), f.getValue().contains(REQUIRED)
            ? REQUIRED
            : f.getValue().stream().sorted().collect(Collectors.joining("; "))))
        .toList();
    return problem(400, "Invalid request", describe(violations), uri, violations);
  }

  /** Quarkus's own subtype of the above, which would otherwise win as the more specific match. */
  @ServerExceptionMapper
  public Response restViolation(ResteasyReactiveViolationException e, UriInfo uri) {
    return constraintViolation(e, uri);
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
    // Unknown fields are refused rather than ignored: a client that sends `status` or `reporter`
    // learns at once that it cannot set them.
    return invalid(pathOf(e), "is not a field of this request", uri);
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    String message;
    if (e.getTargetType() != null && e.getTargetType().isEnum()) {
      message = "must be one of " + Arrays.stream(e.getTargetType().getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", "));
    } else if (e.getTargetType() == java.time.LocalDate.class) {
      message = "must be a date such as 2026-12-25";
    } else if (e.getTargetType() == java.util.UUID.class) {
      message = "must be an id (a UUID)";
    } else if (e.getTargetType() == String.class) {
      message = CONTROL_CHARACTER;
    } else {
      message = "has the wrong format";
    }
    return invalid(pathOf(e), message, uri);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return mapping(e, uri);
  }

  @ServerExceptionMapper
  public Response mapping(JsonMappingException e, UriInfo uri) {
    String field = pathOf(e);
    if (field.isEmpty()) {
      return problem(400, "Invalid request", "The request body must be a JSON object.", uri, null);
    }
    return invalid(field, "has the wrong type", uri);
  }

  @ServerExceptionMapper
  public Response unparsableJson(JsonParseException e, UriInfo uri) {
    return malformedJson(e, uri);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e, UriInfo uri) {
    return problem(400, "Invalid request", "The request body is not valid JSON.", uri, null);
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    return Response.fromResponse(problem(401, "Unauthorized",
            "Log in to continue: the request has no valid access token.", uri, null))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return problem(403, "Forbidden", "Your role may not do this.", uri, null);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    // Quarkus wraps some body-reading failures: answer as if the cause had reached us directly.
    if (e.getCause() instanceof UnrecognizedPropertyException cause) {
      return unknownField(cause, uri);
    }
    if (e.getCause() instanceof InvalidFormatException cause) {
      return invalidFormat(cause, uri);
    }
    if (e.getCause() instanceof JsonMappingException cause) {
      return mapping(cause, uri);
    }
    if (e.getCause() instanceof JsonProcessingException cause) {
      return malformedJson(cause, uri);
    }
    int status = e.getResponse().getStatus();
    String detail = switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept this HTTP method.";
      case 406 -> "The requested response format is not available; ask for application/json.";
      case 413 -> "The request body is too large.";
      case 415 -> "The request body must be application/json.";
      default -> "The request could not be processed.";
    };
    Response r = problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), detail, uri, null);
    var allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow == null && status == 405 && uri != null) {
      allow = AllowedMethods.of(uri.getPath());
    }
    return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
  }

  @ServerExceptionMapper
  public Response composite(CompositeException e, UriInfo uri) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException re && !(cause instanceof CompositeException)) {
      throw re;
    }
    return unexpected(e, uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (sqlState(e, "22021")) {
      // Text PostgreSQL cannot store (NUL) that came in outside a JSON body, e.g. in a query.
      return problem(400, "Invalid request", "The request contains a character that cannot be stored, such as NUL.",
          uri, null);
    }
    if (saturated(e)) {
      return busy(uri);
    }
    if (databaseUnavailable(e)) {
      // The transaction did not commit, or its commit was not confirmed: a retry with the same
      // Idempotency-Key returns the first report if it did.
      Log.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e);
      return Response.fromResponse(problem(503, "Service Unavailable",
              "The service is briefly unavailable. Please try again in a few seconds.", uri, null))
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_DATABASE_SECONDS)
          .build();
    }
    Log.error("Unexpected error on " + (uri == null ? "?" : uri.getPath()), e);
    return problem(500, "Internal Server Error",
        "Something went wrong on our side. Please try again later.", uri, null);
  }

  /** The API's workers or database connections are all taken: come back in a moment. */
  @ServerExceptionMapper
  public Response serviceBusy(ServiceBusyException e, UriInfo uri) {
    return busy(uri);
  }

  private static Response busy(UriInfo uri) {
    return Response.fromResponse(problem(503, "Service Unavailable",
            "The service is busy. Please try again in a few seconds.", uri, null))
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

  private static Response invalid(String field, String message, UriInfo uri) {
    List<Problem.Violation> violations = List.of(new Problem.Violation(field, message));
    return problem(400, "Invalid request", describe(violations), uri, violations);
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

  static Response problem(int status, String title, String detail, UriInfo uri,
      List<Problem.Violation> violations) {
    return response(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), violations));
  }

  private static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  static String describe(List<Problem.Violation> violations) {
    if (violations.size() == 1) {
      var v = violations.get(0);
      return v.field() + " " + v.message() + ".";
    }
    return violations.size() + " fields are invalid.";
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
