package id.aduan.stats;

import id.aduan.report.ReportStatus;
import java.util.List;
import java.util.Map;

/** Each statistic as CSV: the same figures as its JSON, one per line. */
final class StatsCsv {
  private StatsCsv() {}

  static String summary(StatsViews.Summary s) {
    StringBuilder out = new StringBuilder(Csv.line("period", "from", "to", "metric", "value"));
    figures(out, "current", s.period(), s.current());
    figures(out, "previous", s.previousPeriod(), s.previous());
    return out.toString();
  }

  private static void figures(StringBuilder out, String name, StatsViews.Period p, StatsViews.Figures f) {
    var metrics = new java.util.LinkedHashMap<String, Object>();
    metrics.put("received", f.received());
    for (Map.Entry<ReportStatus, Integer> e : f.byStatus().entrySet()) {
      metrics.put("status." + e.getKey(), e.getValue());
    }
    for (var d : List.of(Map.entry("verify", f.durations().verify()), Map.entry("followUp", f.durations().followUp()),
        Map.entry("resolution", f.durations().resolution()))) {
      metrics.put(d.getKey() + ".count", d.getValue().count());
      metrics.put(d.getKey() + ".median", d.getValue().median());
      metrics.put(d.getKey() + ".p90", d.getValue().p90());
    }
    for (var c : List.of(Map.entry("verify", f.deadlines().verify()), Map.entry("followUp", f.deadlines().followUp()))) {
      metrics.put("deadline." + c.getKey() + ".met", c.getValue().met());
      metrics.put("deadline." + c.getKey() + ".late", c.getValue().late());
      metrics.put("deadline." + c.getKey() + ".overdue", c.getValue().overdue());
      metrics.put("deadline." + c.getKey() + ".share", c.getValue().share());
    }
    metrics.put("reopened", f.reopened());
    metrics.put("reopenRate", f.reopenRate());
    StatsViews.Satisfaction sat = f.satisfaction();
    metrics.put("satisfaction.responses", sat.responses());
    metrics.put("satisfaction.closed", sat.closed());
    metrics.put("satisfaction.responseRate", sat.responseRate());
    metrics.put("satisfaction.mean", sat.mean());
    for (int i = 0; i < sat.distribution().size(); i++) {
      metrics.put("satisfaction.rating" + (i + 1), sat.distribution().get(i));
    }
    metrics.forEach((metric, value) -> out.append(Csv.line(name, p.from(), p.to(), metric, value)));
  }

  static String series(StatsViews.Series s) {
    StringBuilder out = new StringBuilder(Csv.line("start", "received", "resolved"));
    s.items().forEach(i -> out.append(Csv.line(i.start(), i.received(), i.resolved())));
    return out.toString();
  }

  static String backlog(StatsViews.Backlog b) {
    StringBuilder out = new StringBuilder(Csv.line("bucket", "minDays", "maxDays", "open", "overdue"));
    b.items().forEach(i -> out.append(Csv.line(i.bucket(), i.minDays(), i.maxDays(), i.open(), i.overdue())));
    return out.toString();
  }

  static String agencies(List<StatsViews.AgencyRank> ranks) {
    StringBuilder out = new StringBuilder(Csv.line("rank", "agencyCode", "agencyName", "received", "resolved",
        "followUpShare", "resolutionShare", "satisfactionMean", "reopenRate", "score"));
    ranks.forEach(r -> out.append(Csv.line(r.rank(), r.agency().code(), r.agency().name(), r.received(), r.resolved(),
        r.followUpShare(), r.resolutionShare(), r.satisfactionMean(), r.reopenRate(), r.score())));
    return out.toString();
  }

  static String hotspots(StatsViews.Hotspots h) {
    StringBuilder out = new StringBuilder(Csv.line("areaCode", "areaName", "categoryCode", "categoryName", "received",
        "previous"));
    h.items().forEach(i -> out.append(Csv.line(i.areaCode(), i.areaName(), i.categoryCode(), i.categoryName(),
        i.received(), i.previous())));
    return out.toString();
  }

  static String monthly(StatsViews.Monthly m) {
    StringBuilder out = new StringBuilder(Csv.line("month", "categoryCode", "categoryName", "kecamatanCode",
        "kecamatanName", "received", "resolved", "archived"));
    m.items().forEach(i -> out.append(Csv.line(i.month(), i.categoryCode(), i.categoryName(), i.kecamatanCode(),
        i.kecamatanName(), i.received(), i.resolved(), i.archived())));
    return out.toString();
  }
}
