package id.aduan.common.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final TokenBuckets buckets = new TokenBuckets(100, Duration.ofMinutes(1), now::get);
  final Rate threePer30s = Rate.of("3/30s");

  void pass(Duration d) {
    now.addAndGet(d.toNanos());
  }

  @Test
  void aBurstOfCountThenOneTokenPerPeriodOverCount() {
    for (int i = 0; i < 3; i++) {
      assertThat(buckets.take("a", threePer30s)).isZero();
    }
    assertThat(buckets.take("a", threePer30s)).isEqualTo(Duration.ofSeconds(10));
    pass(Duration.ofSeconds(4));
    assertThat(buckets.take("a", threePer30s)).isEqualTo(Duration.ofSeconds(6));
    pass(Duration.ofSeconds(6));
    assertThat(buckets.take("a", threePer30s)).isZero();
    assertThat(buckets.take("a", threePer30s)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void keysAreCountedApartAndWaitingTakesNothing() {
    for (int i = 0; i < 3; i++) {
      buckets.take("a", threePer30s);
    }
    assertThat(buckets.waitFor("a", threePer30s)).isEqualTo(Duration.ofSeconds(10));
    assertThat(buckets.waitFor("b", threePer30s)).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(buckets.waitFor("b", threePer30s)).isZero();
    }
    assertThat(buckets.take("b", threePer30s)).isZero();
  }

  @Test
  void aBucketLeftAloneRefillsToItsCountOnly() {
    buckets.take("a", threePer30s);
    pass(Duration.ofHours(2));
    for (int i = 0; i < 3; i++) {
      assertThat(buckets.take("a", threePer30s)).isZero();
    }
    assertThat(buckets.take("a", threePer30s)).isPositive();
  }

  @Test
  void offNeverRefuses() {
    for (int i = 0; i < 10_000; i++) {
      assertThat(buckets.take("a", Rate.of("off"))).isZero();
    }
  }

  @Test
  void ratesAreWrittenCountSlashPeriod() {
    assertThat(Rate.of("60/10m")).isEqualTo(new Rate(60, Duration.ofMinutes(10)));
    assertThat(Rate.of(" 10 / 1h ")).isEqualTo(new Rate(10, Duration.ofHours(1)));
    assertThat(Rate.of("OFF").isOff()).isTrue();
    assertThatThrownBy(() -> Rate.of("60")).hasMessageContaining("count/period");
    assertThatThrownBy(() -> Rate.of("0/1m")).hasMessageContaining("at least 1");
  }

  @Test
  void anIpv6ClientCountsByItsSlash64() {
    assertThat(ClientAddress.key("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.key("2001:db8:1:2:ffff:1:2:3"))
        .isEqualTo("2001:db8:1:2::/64");
    assertThat(ClientAddress.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.key("2001:db8:1:2::1"));
    assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void retryAfterIsWholeSecondsRoundedUp() {
    assertThat(new TooManyRequestsException("in {seconds} seconds.", Duration.ofMillis(1500)).retryAfterSeconds())
        .isEqualTo(2);
    assertThat(new TooManyRequestsException("in {seconds} seconds.", Duration.ofNanos(1)).getMessage())
        .isEqualTo("in 1 seconds.");
  }
}
