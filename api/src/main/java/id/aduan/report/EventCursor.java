package id.aduan.report;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of a report's history: the last sequence number seen. */
public final class EventCursor {
  private EventCursor() {}

  public static String encode(int seq) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("e" + seq).getBytes(StandardCharsets.UTF_8));
  }

  public static int decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith("e")) {
        return Integer.parseInt(raw.substring(1));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
  }
}
