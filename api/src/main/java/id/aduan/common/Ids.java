package id.aduan.common;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.util.UUID;

/** Parses ids from paths and query strings with an error that names the parameter. */
public final class Ids {
  private Ids() {}

  public static UUID parse(String value, String field) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException(field, Msg.of("validation.uuid"));
    }
  }
}
