package id.aduan.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Where a report is in its lifecycle (PRODUCT.md, "Lifecycle and deadlines"). */
public enum ReportStatus {
  SUBMITTED, ON_HOLD, VERIFIED, FORWARDED, IN_PROGRESS, RESOLVED, CLOSED, ARCHIVED;

  /** Still being handled: the backlog's statuses, Open311's "open"; the others are closed. */
  public static final Set<ReportStatus> OPEN =
      Collections.unmodifiableSet(EnumSet.of(SUBMITTED, ON_HOLD, VERIFIED, FORWARDED, IN_PROGRESS));
}
