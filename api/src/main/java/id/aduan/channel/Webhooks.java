package id.aduan.channel;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.common.Phones;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Localizer;
import id.aduan.common.error.Msg;
import id.aduan.common.error.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** What the inbound webhooks of all channels share. */
final class Webhooks {
  private Webhooks() {}

  /**
   * 401 for a request whose signature is missing or wrong. Answered here rather than through
   * ProblemMapper's 401, which tells a person to log in and asks for a bearer token.
   */
  static Response unsigned(UriInfo uri, HttpHeaders headers) {
    Locale locale = Localizer.errorLocale(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    return Response.status(401)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", Localizer.text(Msg.of("problem.title.unauthorized"), locale), 401,
            Localizer.text(Msg.of("channel.unsigned"), locale), uri == null ? null : uri.getPath(), null))
        .build();
  }

  /** A phone number as reports keep it ("+6281234567890"), from what a gateway sends. */
  static String phone(String given, String field) {
    String digits = given == null ? "" : Phones.international(given);
    if (digits.length() < 6 || digits.length() > 15) {
      throw new InvalidInputException(field, Msg.of("validation.phone"));
    }
    return "+" + digits;
  }

  /** A required text field of a JSON body, at most {@code max} characters. */
  static String text(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
      throw new InvalidInputException(field, Msg.of("validation.required"));
    }
    String text = value.asText();
    if (text.length() > max) {
      throw new InvalidInputException(field, Msg.of("validation.tooLong", "max", max));
    }
    return text;
  }

  /** A little of a sender's clock running ahead is forgiven. */
  static final java.time.Duration SKEW = java.time.Duration.ofMinutes(10);

  /**
   * Whether a delivery sent at {@code sentAt} is within the replay window: a captured request sent
   * again after its id was forgotten must not be taken in a second time (issue 20).
   */
  static boolean isFresh(java.time.Instant sentAt, java.time.Duration window, java.time.Instant now) {
    return !sentAt.isBefore(now.minus(window)) && !sentAt.isAfter(now.plus(SKEW));
  }
}
