package id.aduan.common.paging;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position (creation time and id of the last item seen), opaque to clients.
 * Keyset rather than offset paging: a page deep in a list of millions costs the same as the first.
 */
public record Cursor(Instant createdAt, UUID id) {

  public String encode() {
    long micros = createdAt.getEpochSecond() * 1_000_000L + createdAt.getNano() / 1_000;
    String raw = micros + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Null for the first page. */
  public static Cursor decode(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
      int sep = raw.indexOf(':');
      long micros = Long.parseLong(raw.substring(0, sep));
      Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
      return new Cursor(at, UUID.fromString(raw.substring(sep + 1)));
    } catch (RuntimeException e) {
      throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
    }
  }
}
