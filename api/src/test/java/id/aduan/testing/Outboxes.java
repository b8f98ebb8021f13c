package id.aduan.testing;

import id.aduan.outbox.OutboxSender;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Instant;

/** Playing the outbox sender in tests, whose scheduler is off. */
public final class Outboxes {
  private Outboxes() {}

  /** Sender rounds as of {@code now}, on a Vert.x context as the scheduler's, until nothing is due. */
  public static void drain(OutboxSender sender, Instant now) {
    try {
      for (int i = 0; i < 100; i++) {
        if (VertxContextSupport.subscribeAndAwait(() -> sender.sendDue(now)).claimed() == 0) {
          return;
        }
      }
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("the outbox did not drain");
  }
}
