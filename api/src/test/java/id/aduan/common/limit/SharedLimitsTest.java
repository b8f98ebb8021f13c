package id.aduan.common.limit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Limits shared through PostgreSQL (ADR 0025), taken by many callers at once. */
@QuarkusTest
class SharedLimitsTest {
  @Inject
  Pool pool;

  @Test
  void concurrentTakesFromTwoInstancesAreCountedOnceEach() {
    // Two instances of the API are two SharedLimits on one database.
    SharedLimits a = new SharedLimits(pool);
    SharedLimits b = new SharedLimits(pool);
    String key = "test:" + UUID.randomUUID();
    Rate rate = Rate.of("25/10m");
    List<Uni<Duration>> takes = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      takes.add((i % 2 == 0 ? a : b).take(key, rate));
    }
    List<Duration> waits = Uni.join().all(takes).andFailFast().await().atMost(Duration.ofSeconds(30));
    assertThat(waits.stream().filter(Duration::isZero).count()).isEqualTo(25);
    // One request's share of the period (24 s) is the longest a refused caller waits.
    assertThat(waits.stream().filter(w -> !w.isZero()))
        .allMatch(w -> w.equals(Duration.ofSeconds(24)));
  }

  @Test
  void aReturnedRequestCanBeTakenAgainAndAnotherKeyIsUntouched() {
    SharedLimits limits = new SharedLimits(pool);
    String key = "test:" + UUID.randomUUID();
    Rate rate = Rate.of("2/1h");
    assertThat(limits.take(key, rate).await().indefinitely()).isZero();
    assertThat(limits.take(key, rate).await().indefinitely()).isZero();
    assertThat(limits.take(key, rate).await().indefinitely()).isPositive();
    limits.giveBack(key, rate).await().indefinitely();
    assertThat(limits.take(key, rate).await().indefinitely()).isZero();
    assertThat(limits.take("test:" + UUID.randomUUID(), rate).await().indefinitely()).isZero();
  }

  @Test
  void anAllowanceRefillsWithTime() throws InterruptedException {
    SharedLimits limits = new SharedLimits(pool);
    String key = "test:" + UUID.randomUUID();
    Rate rate = Rate.of("2/1s");
    limits.take(key, rate).await().indefinitely();
    limits.take(key, rate).await().indefinitely();
    assertThat(limits.take(key, rate).await().indefinitely()).isPositive();
    Thread.sleep(600); // one request's share (0.5 s) and some
    assertThat(limits.take(key, rate).await().indefinitely()).isZero();
  }
}
