package id.aduan.report;

import id.aduan.common.config.AppConfig;
import id.aduan.holiday.WorkingCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the statistics know of one report (V10__report_facts.sql): a fold of its events. Each
 * event is applied once, in order, in the transaction that appends it; {@link #apply} is also
 * what rebuilds the row from the whole history, so both ways give the same row.
 */
@Entity
@Table(name = "report_facts")
public class ReportFacts {
  /** Statuses in which the admin's verify-and-forward clock runs (on hold it stands still). */
  static final Set<ReportStatus> VERIFY_RUNNING = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.VERIFIED);

  @Id
  @Column(name = "report_id")
  public UUID reportId;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  @Column(name = "received_on", nullable = false)
  public LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReportType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReportStatus status;

  @Column(nullable = false)
  public boolean confidential;

  @Column(name = "agency_id")
  public UUID agencyId;

  @Column(name = "category_id")
  public UUID categoryId;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Column(name = "kelurahan_code")
  public String kelurahanCode;

  @Column(name = "verify_days")
  public Short verifyDays;

  @Column(name = "verify_met")
  public Boolean verifyMet;

  @Column(name = "forwarded_at")
  public Instant forwardedAt;

  @Column(name = "follow_up_days")
  public Short followUpDays;

  @Column(name = "follow_up_met")
  public Boolean followUpMet;

  @Column(name = "resolved_on")
  public LocalDate resolvedOn;

  @Column(name = "resolution_days")
  public Short resolutionDays;

  @Column(nullable = false)
  public boolean reopened;

  public Short rating;

  @Column(name = "hold_since")
  public Instant holdSince;

  @Column(name = "hold_days", nullable = false)
  public short holdDays;

  @Column(name = "step_due_at")
  public Instant stepDueAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /**
   * Applies the next event {@code e} of report {@code r}. The measures come from the events;
   * the dimensions (status, agency, category, place...) are copied from the report as it is
   * after the event, which is also how it is when the whole history is replayed, because each
   * event's effect on them is already in the row.
   */
  public void apply(ReportEvent e, Report r, WorkingCalendar cal, AppConfig.Deadlines deadlines) {
    reportId = r.id;
    if (e.type == ReportEvent.Type.SUBMITTED) {
      receivedAt = e.at;
      receivedOn = cal.dayOf(e.at);
    }
    if (e.fromStatus == ReportStatus.ON_HOLD && e.toStatus != ReportStatus.ON_HOLD && holdSince != null) {
      holdDays += (short) cal.workingDaysBetween(holdSince, e.at);
      holdSince = null;
    }
    switch (e.type) {
      case HELD -> holdSince = e.at;
      case FORWARDED, ARCHIVED -> {
        if (verifyDays == null) {
          verifyDays = activeDays(receivedAt, e.at, cal);
          verifyMet = verifyDays < deadlines.verify();
        }
        if (e.type == ReportEvent.Type.FORWARDED && forwardedAt == null) {
          forwardedAt = e.at;
        }
      }
      case FOLLOWED_UP -> {
        if (followUpDays == null && forwardedAt != null) {
          followUpDays = (short) cal.workingDaysBetween(forwardedAt, e.at);
          followUpMet = followUpDays < deadlines.followUp();
        }
      }
      case RESOLVED -> {
        resolvedOn = cal.dayOf(e.at);
        resolutionDays = activeDays(receivedAt, e.at, cal);
      }
      default -> { }
    }
    type = r.type;
    channel = r.channel;
    status = r.status;
    confidential = r.confidential;
    agencyId = r.currentAgencyId;
    categoryId = r.categoryId;
    kecamatanCode = r.kecamatanCode;
    kelurahanCode = r.kelurahanCode;
    reopened = r.reopened;
    rating = r.rating;
    stepDueAt = VERIFY_RUNNING.contains(r.status) && verifyDays == null ? r.verifyDueAt
        : r.status == ReportStatus.FORWARDED && followUpDays == null ? r.followUpDueAt
        : null;
    updatedAt = e.at;
  }

  /** Working days from receipt to {@code at}, without the days on hold. */
  private short activeDays(Instant from, Instant at, WorkingCalendar cal) {
    return (short) Math.max(0, cal.workingDaysBetween(from, at) - holdDays);
  }
}
