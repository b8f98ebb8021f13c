package id.aduan.report;

/** Where a report is in its lifecycle (PRODUCT.md, "Lifecycle and deadlines"). */
public enum ReportStatus {
  SUBMITTED, ON_HOLD, VERIFIED, FORWARDED, IN_PROGRESS, RESOLVED, CLOSED, ARCHIVED
}
