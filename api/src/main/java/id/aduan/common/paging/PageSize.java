package id.aduan.common.paging;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;

/** Parses the {@code size} query parameter with an error a person understands. */
public final class PageSize {
  public static final int DEFAULT = 20;
  public static final int MAX = 100;

  private PageSize() {}

  public static int parse(String value) {
    return parse(value, DEFAULT, MAX);
  }

  /** The same, for a list with its own default and maximum. */
  public static int parse(String value, int defaultSize, int max) {
    if (value == null || value.isBlank()) {
      return defaultSize;
    }
    try {
      int size = Integer.parseInt(value.trim());
      if (size >= 1 && size <= max) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("size", Msg.of("paging.size", "max", max));
  }
}
