package id.aduan.common.limit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One token bucket per key, in this instance's memory. A bucket left alone refills completely
 * within its rate's period, so forgetting it after that changes nothing: the map holds only
 * the keys seen in the last period, and at most {@code maxKeys} of them.
 */
public final class TokenBuckets {
  private final Cache<String, Bucket> buckets;
  private final LongSupplier nanoTime;

  public TokenBuckets(int maxKeys, Duration longestPeriod, LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.buckets = Caffeine.newBuilder()
        .maximumSize(maxKeys)
        .expireAfterAccess(longestPeriod.toNanos(), TimeUnit.NANOSECONDS)
        .ticker(nanoTime::getAsLong)
        .build();
  }

  /** Takes a token for {@code key}: zero when there was one, otherwise how long until there is. */
  public Duration take(String key, Rate rate) {
    if (rate.isOff()) {
      return Duration.ZERO;
    }
    return buckets.get(key, k -> new Bucket(rate.count(), nanoTime.getAsLong())).take(rate, nanoTime.getAsLong());
  }

  /** How long until {@code key} has a token again, without taking one: zero when it has one now. */
  public Duration waitFor(String key, Rate rate) {
    Bucket b = rate.isOff() ? null : buckets.getIfPresent(key);
    return b == null ? Duration.ZERO : b.waitFor(rate, nanoTime.getAsLong());
  }

  /** Tokens in fractions, refilled on use from the time passed. */
  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    synchronized Duration take(Rate rate, long now) {
      refill(rate, now);
      if (tokens >= 1) {
        tokens -= 1;
        return Duration.ZERO;
      }
      return missing(rate);
    }

    synchronized Duration waitFor(Rate rate, long now) {
      refill(rate, now);
      return tokens >= 1 ? Duration.ZERO : missing(rate);
    }

    private void refill(Rate rate, long now) {
      tokens = Math.min(rate.count(), tokens + (double) (now - at) / rate.nanosPerToken());
      at = now;
    }

    private Duration missing(Rate rate) {
      return Duration.ofNanos((long) Math.ceil((1 - tokens) * rate.nanosPerToken()));
    }
  }
}
