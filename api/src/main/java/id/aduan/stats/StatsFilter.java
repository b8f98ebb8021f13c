package id.aduan.stats;

import id.aduan.common.Ids;
import id.aduan.common.QueryParams;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.report.Channel;
import id.aduan.report.ReportType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a statistic is about: the period (days in the city, both included) and the dimensions.
 * {@code kecamatanCode} and {@code kelurahanCode} are exclusive: an area is one or the other.
 */
public record StatsFilter(LocalDate from, LocalDate to, UUID agencyId, boolean subAgencies, UUID categoryId,
    boolean subCategories, Channel channel, String kecamatanCode, String kelurahanCode, ReportType type) {

  /** A default period is the last 30 days; a longer one than this is refused. */
  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 3 * 366;

  /** The period of equal length that ends the day before this one starts. */
  public StatsFilter previous() {
    long days = ChronoUnit.DAYS.between(from, to);
    LocalDate prevTo = from.minusDays(1);
    return withPeriod(prevTo.minusDays(days), prevTo);
  }

  public StatsFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
    return new StatsFilter(newFrom, newTo, agencyId, subAgencies, categoryId, subCategories, channel, kecamatanCode,
        kelurahanCode, type);
  }

  /** Reads the query parameters; every error names its parameter. */
  static StatsFilter parse(String from, String to, String agencyId, String subAgencies, String categoryId,
      String subCategories, String channel, String areaCode, String type, LocalDate today) {
    LocalDate end = date(to, "to", today);
    LocalDate start = date(from, "from", end.minusDays(DEFAULT_DAYS - 1));
    if (start.isAfter(end)) {
      throw new InvalidInputException("from", Msg.of("stats.from.afterTo"));
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new InvalidInputException("from", Msg.of("stats.from.tooEarly"));
    }
    String kecamatan = null;
    String kelurahan = null;
    if (areaCode != null && !areaCode.isBlank()) {
      String code = areaCode.strip();
      int levels = code.split("\\.", -1).length;
      if (!code.matches("[0-9]+(\\.[0-9]+)*") || levels < 3 || levels > 4) {
        throw new InvalidInputException("areaCode", Msg.of("stats.areaCode"));
      }
      if (levels == 3) {
        kecamatan = code;
      } else {
        kelurahan = code;
      }
    }
    return new StatsFilter(start, end, uuid(agencyId, "agencyId"), !Boolean.FALSE.equals(QueryParams.bool(subAgencies, "subAgencies")),
        uuid(categoryId, "categoryId"), !Boolean.FALSE.equals(QueryParams.bool(subCategories, "subCategories")),
        QueryParams.enumOf(Channel.class, channel, "channel"), kecamatan, kelurahan,
        QueryParams.enumOf(ReportType.class, type, "type"));
  }

  static LocalDate date(String value, String field, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, Msg.of("stats.date.format"));
    }
  }

  private static UUID uuid(String value, String field) {
    return value == null || value.isBlank() ? null : Ids.parse(value.strip(), field);
  }
}
