package id.aduan.report.lifecycle;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs the deadline rules every few minutes ({@code aduan.deadline-job.every}; {@code off} disables it). */
@ApplicationScoped
public class DeadlineJob {
  private final DeadlineService deadlines;

  DeadlineJob(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Scheduled(identity = "deadlines", every = "${aduan.deadline-job.every:5m}", delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> run() {
    return deadlines.run(Instant.now()).replaceWithVoid();
  }
}
