package id.aduan.report.access;

import java.util.UUID;

/**
 * Proof that a guest gave the right PIN or access key for one report, made only by
 * {@link GuestAccess} before any session or transaction is opened: the services that take it
 * never compare secrets while they hold a database connection.
 */
public final class GuestPass {
  private final UUID reportId;

  GuestPass(UUID reportId) {
    this.reportId = reportId;
  }

  public UUID reportId() {
    return reportId;
  }

  public boolean opens(UUID id) {
    return reportId.equals(id);
  }
}
