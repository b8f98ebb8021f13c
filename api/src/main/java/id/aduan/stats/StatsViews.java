package id.aduan.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aduan.report.Channel;
import id.aduan.report.Report;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The statistics as the API shows them (openapi.yaml, tag statistics). */
public final class StatsViews {
  private StatsViews() {}

  public record Period(LocalDate from, LocalDate to) {}

  /** Working days a step took; median and p90 are null without any. */
  public record Duration(int count, Integer median, Integer p90) {}

  public record Compliance(int met, int late, int overdue, Double share) {}

  public record Satisfaction(int responses, int closed, Double responseRate, Double mean, List<Integer> distribution) {}

  public record Durations(Duration verify, Duration followUp, Duration resolution) {}

  public record Deadlines(Compliance verify, Compliance followUp) {}

  public record Figures(int received, Map<ReportStatus, Integer> byStatus, Durations durations, Deadlines deadlines,
      int reopened, Double reopenRate, Satisfaction satisfaction) {}

  /** {@code agency}: an officer's own agency, whose subtree the figures cover; null for others. */
  public record Summary(Period period, Period previousPeriod, Figures current, Figures previous,
      @JsonInclude(JsonInclude.Include.NON_NULL) AgencyRef agency) {}

  public record SeriesItem(LocalDate start, int received, int resolved) {}

  public record Series(String interval, Period period, List<SeriesItem> items) {}

  public record BacklogBucket(String bucket, int minDays, Integer maxDays, int open, int overdue) {}

  public record Backlog(Instant asOf, List<BacklogBucket> items) {}

  public record AgencyRef(UUID id, String code, String name) {}

  public record AgencyRank(int rank, AgencyRef agency, int received, int resolved, Double followUpShare,
      Double resolutionShare, Double satisfactionMean, Double reopenRate, double score) {}

  public record AgencyPage(Period period, List<AgencyRank> items, String nextCursor) {}

  public record Hotspot(String areaCode, String areaName, UUID categoryId, String categoryCode, String categoryName,
      int received, int previous) {}

  public record Hotspots(Period period, String level, List<Hotspot> items) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Report(UUID id, String trackingCode, ReportType type, Channel channel, ReportStatus status,
      String title, Instant receivedAt, UUID categoryId, UUID agencyId, String kecamatanCode, String kelurahanCode,
      Integer verifyDays, Boolean verifyMet, Integer followUpDays, Boolean followUpMet, Integer resolutionDays,
      boolean reopened, Integer rating, boolean confidential) {}

  public record ReportPage(List<Report> items, String nextCursor) {}

  public record Month(String month, String categoryCode, String categoryName, String kecamatanCode,
      String kecamatanName, int received, int resolved, int archived) {}

  public record Monthly(String from, String to, List<Month> items) {}
}
