package id.aduan.common.limit;

import java.time.Duration;

/** A request over a rate limit: answered 429 with {@code Retry-After} and nothing done. */
public class TooManyRequestsException extends RuntimeException {
  private final Duration retryAfter;

  /** {@code detail} is a sentence for a person, ending "in {seconds} seconds." with the wait filled in. */
  public TooManyRequestsException(String detail, Duration retryAfter) {
    super(detail.replace("{seconds}", Long.toString(seconds(retryAfter))), null, false, false);
    this.retryAfter = retryAfter;
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
