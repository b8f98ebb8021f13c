package id.aduan.common.limit;

import id.aduan.common.error.Msg;
import java.time.Duration;

/** A request over a rate limit: answered 429 with {@code Retry-After} and nothing done. */
public class TooManyRequestsException extends RuntimeException {
  private final Msg detail;
  private final Duration retryAfter;

  /** {@code detail} is a sentence for a person whose {@code {seconds}} is filled with the wait. */
  public TooManyRequestsException(Msg detail, Duration retryAfter) {
    super(detail.with("seconds", seconds(retryAfter)).toString(), null, false, false);
    this.detail = detail.with("seconds", seconds(retryAfter));
    this.retryAfter = retryAfter;
  }

  public Msg detail() {
    return detail;
  }

  /** Whole seconds, rounded up and at least 1, as {@code Retry-After} gives them. */
  public long retryAfterSeconds() {
    return seconds(retryAfter);
  }

  private static long seconds(Duration d) {
    long s = d.toSeconds() + (d.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, s);
  }
}
