package id.aduan.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Java values as the reactive SQL client takes them. */
public final class SqlValues {
  private SqlValues() {}

  /** An instant as timestamptz: the client takes OffsetDateTime, not Instant. */
  public static OffsetDateTime utc(Instant at) {
    return at == null ? null : at.atOffset(ZoneOffset.UTC);
  }
}
