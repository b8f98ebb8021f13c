package id.aduan.open311;

import id.aduan.client.InvalidApiKeyException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Localizer;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.error.ProblemMapper;
import id.aduan.common.limit.TooManyRequestsException;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.CompositeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every failure of an Open311 call as the specification's error list: 404 for what does not
 * exist, 403 for the api_key, 400 for everything else, a server fault included (the
 * specification's "general service error"), so that a client never sees another shape.
 */
final class Open311Errors {
  /** Report fields as the Open311 fields that fill them, so that errors name what the client sent. */
  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("title", "description"),
      Map.entry("type", "attribute[report_type]"),
      Map.entry("categoryId", "service_code"),
      Map.entry("contact.name", "first_name"),
      Map.entry("contact.email", "email"),
      Map.entry("contact.phone", "phone"),
      Map.entry("location.latitude", "lat"),
      Map.entry("location.longitude", "long"),
      Map.entry("location.kecamatanCode", "attribute[kecamatan]"),
      Map.entry("location.kelurahanCode", "address_id"),
      Map.entry("location.address", "address_string"));

  private Open311Errors() {}

  /** The HTTP status and the error list; {@code retryAfter} seconds for 429 and 503, else 0. */
  record Answer(int status, List<Open311Views.Error> errors, long retryAfter) {
    Answer(int status, List<Open311Views.Error> errors) {
      this(status, errors, 0);
    }
  }

  static Answer of(Throwable failure, boolean indonesian) {
    Locale locale = indonesian ? Localizer.INDONESIAN : Localizer.ENGLISH;
    Throwable e = failure;
    while (e instanceof CompositeException && e.getCause() != null && e.getCause() != e) {
      e = e.getCause();
    }
    if (e instanceof NotFoundException notFound) {
      return one(404, Localizer.text(notFound.detail(), locale));
    }
    if (e instanceof InvalidApiKeyException apiKey) {
      return one(403, Localizer.text(apiKey.detail(), locale));
    }
    if (e instanceof ForbiddenException) {
      return one(403, e.getMessage());
    }
    if (e instanceof InvalidInputException invalid) {
      return one(400, field(invalid.field()) + " " + Localizer.text(invalid.reason(), locale));
    }
    if (e instanceof ConstraintViolationException violations) {
      return new Answer(400, violations.getConstraintViolations().stream()
          .map(v -> field(pathOf(v)) + " " + Localizer.text(v, locale))
          .distinct().sorted()
          .map(text -> new Open311Views.Error(400, text))
          .toList());
    }
    if (e instanceof TooManyRequestsException tooMany) {
      return new Answer(429, List.of(new Open311Views.Error(429, Localizer.text(tooMany.detail(), locale))),
          tooMany.retryAfterSeconds());
    }
    // A failure of the moment, not of the request: the client is told to come back, as elsewhere.
    if (ProblemMapper.saturated(e) || ProblemMapper.databaseUnavailable(e)) {
      boolean busy = ProblemMapper.saturated(e);
      return new Answer(503, List.of(new Open311Views.Error(503, Localizer.text(busy
              ? Msg.of("problem.detail.busy") : Msg.of("problem.detail.unavailable"), locale))),
          busy ? ProblemMapper.RETRY_AFTER_BUSY_SECONDS : ProblemMapper.RETRY_AFTER_DATABASE_SECONDS);
    }
    Log.error("Open311 call failed", e);
    return one(400, Localizer.text(Msg.of("open311.failed"), locale));
  }

  private static Answer one(int status, String description) {
    return new Answer(status, List.of(new Open311Views.Error(status, description)));
  }

  static String field(String reportField) {
    return FIELDS.getOrDefault(reportField, reportField);
  }

  /** The report field of a violation ({@code location.latitude}), without method and parameter. */
  private static String pathOf(ConstraintViolation<?> v) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER || node.getName() == null) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.toString();
  }
}
