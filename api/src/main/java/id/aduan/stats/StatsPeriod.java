package id.aduan.stats;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut for the monthly rollups: the whole months inside it, read from the rollups,
 * and the days at its edges outside them (at most two partial months), read from the facts.
 *
 * @param months the first days of the first and last whole month; null when there is none
 * @param edges the remaining days
 */
record StatsPeriod(StatsWhere.Days months, List<StatsWhere.Days> edges) {

  static StatsPeriod of(LocalDate from, LocalDate to) {
    LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate lastWholeEnd = to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to
        : to.withDayOfMonth(1).minusDays(1);
    if (firstWhole.isAfter(lastWholeEnd)) {
      return new StatsPeriod(null, List.of(new StatsWhere.Days(from, to)));
    }
    List<StatsWhere.Days> edges = new ArrayList<>();
    if (from.isBefore(firstWhole)) {
      edges.add(new StatsWhere.Days(from, firstWhole.minusDays(1)));
    }
    if (lastWholeEnd.isBefore(to)) {
      edges.add(new StatsWhere.Days(lastWholeEnd.plusDays(1), to));
    }
    return new StatsPeriod(new StatsWhere.Days(firstWhole, lastWholeEnd.withDayOfMonth(1)), edges);
  }

  /** Everything from the facts: for what the rollups do not hold (a kelurahan). */
  static StatsPeriod factsOnly(LocalDate from, LocalDate to) {
    return new StatsPeriod(null, List.of(new StatsWhere.Days(from, to)));
  }
}
