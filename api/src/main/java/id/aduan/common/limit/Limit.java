package id.aduan.common.limit;

/** The kinds of requests that are rate limited; each has its rates in {@code aduan.rate-limits}. */
public enum Limit {
  /** New reports: per client address and per account. */
  SUBMISSION,
  /** A reporter's other writes (messages, attachments, confirmations, disputes, supports). */
  REPORTER_WRITE,
  /** Lookups by tracking code, which a stranger could use to walk the codes: per client address. */
  LOOKUP,
  /** Officials' CSV exports: per account, officials included. */
  EXPORT
}
