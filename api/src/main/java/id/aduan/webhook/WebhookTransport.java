package id.aduan.webhook;

import id.aduan.common.Secrets;
import id.aduan.common.crypto.PersonalDataCipher;
import id.aduan.outbox.HttpOutcome;
import id.aduan.outbox.OutboxEntry;
import id.aduan.outbox.Transport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Delivers report events to subscribers: a signed JSON POST (openapi.yaml, addWebhook). The
 * timestamp inside the signature lets receivers refuse an old delivery replayed by someone else.
 */
@ApplicationScoped
class WebhookTransport implements Transport {
  private final WebClient client;
  private final Pool pool;
  private final java.util.Map<java.util.UUID, Secret> secrets = new java.util.concurrent.ConcurrentHashMap<>();

  private final Destinations destinations;

  WebhookTransport(id.aduan.outbox.OutboundHttp http, Pool pool, Destinations destinations) {
    this.client = http.client();
    this.pool = pool;
    this.destinations = destinations;
  }

  @Override
  public OutboxEntry.Kind kind() {
    return OutboxEntry.Kind.WEBHOOK;
  }

  @Override
  public Uni<Void> send(Outgoing m) {
    return secretOf(m.subscriptionId())
        .flatMap(secret -> {
          if (secret == null) {
            return Uni.createFrom().failure(new PermanentFailure("the subscription no longer exists"));
          }
          byte[] body = m.payload().encode().getBytes(StandardCharsets.UTF_8);
          long t = Instant.now().getEpochSecond();
          java.net.URI uri = java.net.URI.create(m.destination());
          return destinations.checkBeforeSending(uri).flatMap(address -> to(uri, address)
              .putHeader("Content-Type", "application/json")
              .putHeader("User-Agent", "Aduan-Webhook/1")
              .putHeader("X-Aduan-Delivery", m.id().toString())
              .putHeader("X-Aduan-Event", m.eventType())
              .putHeader("X-Aduan-Signature", "t=" + t + ",v1=" + sign(secret, t, body))
              .sendBuffer(Buffer.buffer(body))
              .flatMap(response -> HttpOutcome.check("The subscriber at " + m.destination(), response)));
        });
  }

  /** A POST to {@code uri}, connected to {@code address}, the one that was checked. */
  private HttpRequest<Buffer> to(java.net.URI uri, java.net.InetAddress address) {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
    String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return client.request(HttpMethod.POST, SocketAddress.inetSocketAddress(port, address.getHostAddress()), port,
        uri.getHost(), path).ssl(https);
  }

  /**
   * A subscription's secret, remembered for a minute: a burst sends many deliveries to few
   * subscriptions. Secrets never change; a deleted subscription takes its deliveries with it.
   */
  private Uni<String> secretOf(java.util.UUID subscription) {
    Secret known = secrets.get(subscription);
    if (known != null && known.at().isAfter(Instant.now().minusSeconds(60))) {
      return Uni.createFrom().item(known.secret());
    }
    return pool.preparedQuery("select secret from webhook_subscription where id = $1")
        .execute(Tuple.of(subscription))
        .map(rows -> rows.iterator().hasNext()
            ? PersonalDataCipher.open(rows.iterator().next().getString("secret"), WebhookSubscription.SECRET, subscription)
            : null)
        .invoke(secret -> {
          if (secret != null) {
            if (secrets.size() > 1000) {
              secrets.clear();
            }
            secrets.put(subscription, new Secret(secret, Instant.now()));
          }
        });
  }

  private record Secret(String secret, Instant at) {}

  /** Hex HMAC-SHA256 of {@code "<t>.<body>"}. */
  static String sign(String secret, long t, byte[] body) {
    return HexFormat.of().formatHex(Secrets.hmacSha256(secret, (t + ".").getBytes(StandardCharsets.UTF_8), body));
  }

}
