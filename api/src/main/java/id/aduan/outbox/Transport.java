package id.aduan.outbox;

import io.smallrye.mutiny.Uni;

/**
 * Sends one kind of outbox message (email, SMS, WhatsApp, webhook). A failed Uni means "try
 * again later"; {@link PermanentFailure} means retrying cannot help (the message goes dead).
 */
public interface Transport {
  OutboxEntry.Kind kind();

  /** Sends {@code message}; its {@code id} should travel along so that receivers can drop repeats. */
  Uni<Void> send(Outgoing message);

  /** A message as the sender claimed it. */
  record Outgoing(java.util.UUID id, OutboxEntry.Kind kind, String destination, String gateway,
      java.util.UUID subscriptionId, java.util.UUID reportId, String eventType,
      io.vertx.core.json.JsonObject payload, int attempt) {}

  /** Retrying cannot help: a 4xx other than 408/429, a rejected address, a missing gateway. */
  class PermanentFailure extends RuntimeException {
    public PermanentFailure(String message) {
      super(message);
    }
  }
}
