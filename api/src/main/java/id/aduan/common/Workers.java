package id.aduan.common;

import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ServiceBusyException;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * CPU-heavy work of requests (hashing old PINs, reading and stripping uploads) on a pool of its
 * own, unordered, so that one slow task never queues the next behind it on the same event loop,
 * and bounded: past {@code maxQueued} tasks waiting, a request is answered 503 at once rather
 * than left to wait while it holds what it holds.
 */
@ApplicationScoped
public class Workers {
  private final WorkerExecutor executor;
  private final int maxQueued;
  private final AtomicInteger queued = new AtomicInteger();

  Workers(Vertx vertx, AppConfig config) {
    this.executor = vertx.createSharedWorkerExecutor("aduan-cpu", config.workers().size());
    this.maxQueued = config.workers().maxQueued();
  }

  public <T> Uni<T> run(Supplier<T> work) {
    return Uni.createFrom().deferred(() -> {
      if (queued.incrementAndGet() > maxQueued) {
        queued.decrementAndGet();
        return Uni.createFrom().failure(new ServiceBusyException("The server is busy."));
      }
      return executor.executeBlocking(Uni.createFrom().item(work), false)
          .onTermination().invoke(queued::decrementAndGet);
    });
  }

  void close(@Observes ShutdownEvent event) {
    executor.closeAndForget();
  }
}
