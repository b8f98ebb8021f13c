package id.aduan.report.search;

import id.aduan.common.Ids;
import id.aduan.common.QueryParams;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.report.PublicFilter;
import id.aduan.report.Report;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the public feed's query parameters, naming the parameter in every error. */
public final class PublicFilters {
  private PublicFilters() {}

  public static PublicFilter parse(String q, String type, String categoryId, String agencyId, String status,
      String kecamatanCode, String kelurahanCode, String from, String to, ZoneId zone) {
    String query = query(q);
    ReportStatus s = QueryParams.enumOf(ReportStatus.class, status, "status");
    if (s != null && !Report.PUBLIC.contains(s)) {
      throw new InvalidInputException("status",
          Msg.of("validation.oneOf", "values", "VERIFIED, FORWARDED, IN_PROGRESS, RESOLVED, CLOSED"));
    }
    LocalDate fromDay = date(from, "from");
    LocalDate toDay = date(to, "to");
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw new InvalidInputException("to", Msg.of("validation.toBeforeFrom"));
    }
    return new PublicFilter(query,
        QueryParams.enumOf(ReportType.class, type, "type"),
        blank(categoryId) ? null : Ids.parse(categoryId, "categoryId"),
        blank(agencyId) ? null : Ids.parse(agencyId, "agencyId"),
        s,
        blank(kecamatanCode) ? null : kecamatanCode.strip(),
        blank(kelurahanCode) ? null : kelurahanCode.strip(),
        fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
        toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** The search words {@code q}, stripped; null when blank. Shared by the feed and the similar reports. */
  static String query(String q) {
    String query = blank(q) ? null : q.strip();
    if (query != null && query.length() > 200) {
      throw new InvalidInputException("q", Msg.of("validation.tooLong", "max", 200));
    }
    // The search takes only letters and digits from q (SearchQuery); a NUL is refused as in any text.
    if (query != null && query.indexOf('\u0000') >= 0) {
      throw new InvalidInputException("q", Msg.of("validation.noNul"));
    }
    return query;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate date(String value, String field) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, Msg.of("validation.date"));
    }
  }


}
