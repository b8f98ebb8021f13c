package id.aduan.report;

/** Why a report was archived without being handled. */
public enum ArchiveReason {
  OUT_OF_SCOPE, DUPLICATE, SPAM, INCOMPLETE
}
