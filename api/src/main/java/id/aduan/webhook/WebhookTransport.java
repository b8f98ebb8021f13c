package id.aduan.webhook;

import id.aduan.outbox.HttpOutcome;
import id.aduan.outbox.OutboxEntry;
import id.aduan.outbox.Transport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers report events to subscribers: a signed JSON POST (openapi.yaml, addWebhook). The
 * timestamp inside the signature lets receivers refuse an old delivery replayed by someone else.
 */
@ApplicationScoped
class WebhookTransport implements Transport {
  private final WebClient client;
  private final Pool pool;

  WebhookTransport(Vertx vertx, Pool pool) {
    this.client = WebClient.create(vertx);
    this.pool = pool;
  }

  @Override
  public OutboxEntry.Kind kind() {
    return OutboxEntry.Kind.WEBHOOK;
  }

  @Override
  public Uni<Void> send(Outgoing m) {
    return pool.preparedQuery("select secret from webhook_subscription where id = $1")
        .execute(Tuple.of(m.subscriptionId()))
        .flatMap(rows -> {
          if (!rows.iterator().hasNext()) {
            return Uni.createFrom().failure(new PermanentFailure("the subscription no longer exists"));
          }
          String secret = rows.iterator().next().getString("secret");
          byte[] body = m.payload().encode().getBytes(StandardCharsets.UTF_8);
          long t = Instant.now().getEpochSecond();
          return client.postAbs(m.destination())
              .putHeader("Content-Type", "application/json")
              .putHeader("User-Agent", "Aduan-Webhook/1")
              .putHeader("X-Aduan-Delivery", m.id().toString())
              .putHeader("X-Aduan-Event", m.eventType())
              .putHeader("X-Aduan-Signature", "t=" + t + ",v1=" + sign(secret, t, body))
              .sendBuffer(Buffer.buffer(body))
              .flatMap(response -> HttpOutcome.check("The subscriber at " + m.destination(), response));
        });
  }

  /** Hex HMAC-SHA256 of {@code "<t>.<body>"}. */
  static String sign(String secret, long t, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
