package id.aduan.report;

import java.time.Instant;
import java.util.UUID;

/** The public feed's filters; null means "any". {@code to} is exclusive. */
public record PublicFilter(String q, ReportType type, UUID categoryId, UUID agencyId, ReportStatus status,
    String kecamatanCode, String kelurahanCode, Instant from, Instant to) {

  /** The same filter without the search term. */
  public PublicFilter withoutQuery() {
    return new PublicFilter(null, type, categoryId, agencyId, status, kecamatanCode, kelurahanCode, from, to);
  }
}
