package id.aduan.common.limit;

/** The kinds of requests that are rate limited; each has its rates in {@code aduan.rate-limits}. */
public enum Limit {
  /** New reports: per client address and per account. */
  SUBMISSION,
  /** A reporter's other writes (messages, attachments, confirmations, disputes, supports). */
  REPORTER_WRITE,
  /**
   * Opening a report with its tracking code and PIN. Only the failures count, per client address;
   * a request carrying {@code X-Report-Pin} counts the same way wherever it goes.
   */
  PIN_GUESS
}
