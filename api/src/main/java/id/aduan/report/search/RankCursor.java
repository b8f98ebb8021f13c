package id.aduan.report.search;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The keyset position in a ranked search (score and id of the last item seen), with what the
 * first page fixed for the following ones: which candidates are ranked and the time their
 * recency is measured from. Opaque to clients, like {@link id.aduan.common.paging.Cursor}, whose
 * cursors it never accepts (nor they its own).
 */
public record RankCursor(Mode mode, Instant ref, long score, UUID id) {

  /** The candidates a search ranks (ADR 0029). */
  public enum Mode {
    /** Every match (at most gin-cap of them). */
    ALL,
    /** The matches among the newest public reports (a common query). */
    NEWEST,
    /** The matches among the wider window of newest public reports (more than gin-cap matches, few recent). */
    WIDE
  }

  public String encode() {
    long micros = ref.getEpochSecond() * 1_000_000L + ref.getNano() / 1_000;
    String raw = "r" + mode.name().charAt(0) + ":" + micros + ":" + score + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Null for the first page. */
  public static RankCursor decode(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      String[] part = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(":", 4);
      if (part.length != 4 || part[0].length() != 2 || part[0].charAt(0) != 'r') {
        throw new IllegalArgumentException("not a ranked cursor");
      }
      Mode mode = switch (part[0].charAt(1)) {
        case 'A' -> Mode.ALL;
        case 'N' -> Mode.NEWEST;
        case 'W' -> Mode.WIDE;
        default -> throw new IllegalArgumentException("no such mode");
      };
      long micros = Long.parseLong(part[1]);
      Instant ref = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
      return new RankCursor(mode, ref, Long.parseLong(part[2]), UUID.fromString(part[3]));
    } catch (RuntimeException e) {
      throw new InvalidInputException("cursor", Msg.of("paging.cursor"));
    }
  }
}
