package id.aduan.common;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads optional query parameters, naming the parameter and the accepted values in every error. */
public final class QueryParams {
  private QueryParams() {}

  /** Null when absent; case does not matter. */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, Msg.of("validation.oneOf",
          "values", Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
    }
  }

  /** Null when absent; {@code true} or {@code false}, case does not matter. */
  public static Boolean bool(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException(field, Msg.of("validation.boolean"));
    };
  }

  /** Null when absent; otherwise one of {@code allowed}, as written there. */
  public static String oneOf(String value, String field, String... allowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (!Arrays.asList(allowed).contains(v)) {
      throw new InvalidInputException(field, Msg.of("validation.oneOf", "values", String.join(", ", allowed)));
    }
    return v;
  }
}
