package id.aduan.common.limit;

import java.time.Duration;

/**
 * How many requests may come in a period, e.g. {@code 60/10m}: a burst of {@code count}, then
 * one more each {@code period / count}. Written so in configuration; {@code off} lifts the limit.
 */
public record Rate(int count, Duration period) {
  public static final Rate OFF = new Rate(Integer.MAX_VALUE, Duration.ofSeconds(1));

  public Rate {
    if (count < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a rate needs a count of at least 1 and a period longer than zero");
    }
  }

  /** Parses {@code count/period}, the period as Quarkus writes durations ({@code 30s}, {@code 10m}, {@code 1h}). */
  public static Rate of(String text) {
    String t = text.strip();
    if (t.equalsIgnoreCase("off")) {
      return OFF;
    }
    int slash = t.indexOf('/');
    if (slash < 1) {
      throw new IllegalArgumentException("a rate is written count/period, such as 60/10m, or off; not " + text);
    }
    return new Rate(Integer.parseInt(t.substring(0, slash).strip()),
        io.quarkus.runtime.configuration.DurationConverter.parseDuration(t.substring(slash + 1).strip()));
  }

  public boolean isOff() {
    return count == Integer.MAX_VALUE;
  }

  @Override
  public String toString() {
    return isOff() ? "off" : count + "/" + period;
  }
}
