package id.aduan.report;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** A position in a work queue: the last item's deadline (null = none) and id. */
public record QueueCursor(Instant due, UUID id) {

  public String encode() {
    String raw = (due == null ? "-" : due.toString()) + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static QueueCursor decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int sep = raw.indexOf('|');
      String due = raw.substring(0, sep);
      return new QueueCursor(due.equals("-") ? null : Instant.parse(due), UUID.fromString(raw.substring(sep + 1)));
    } catch (RuntimeException e) {
      throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
    }
  }
}
