package id.aduan.common.paging;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of a list ordered by a unique text key (an agency code, an officer's subject). */
public final class KeyCursor {
  private KeyCursor() {}

  public static String encode(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Null for the first page. */
  public static String decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
    }
  }
}
