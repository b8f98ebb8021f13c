package id.aduan.channel;

import id.aduan.common.Phones;
import id.aduan.common.config.AppConfig;
import id.aduan.outbox.OutboxEntry;
import id.aduan.outbox.Transport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/**
 * SMS to reporters, posted to the outbound URL of the gateway the message names, signed like
 * the gateway's webhooks ({@code X-Aduan-Signature}) so that it can tell our requests from others.
 * The outbox id travels as {@code reference}: a gateway drops a repeated delivery by it.
 */
@ApplicationScoped
class SmsTransport implements Transport {
  private final AppConfig config;
  private final WebClient client;

  SmsTransport(AppConfig config, id.aduan.outbox.OutboundHttp http) {
    this.config = config;
    this.client = http.client();
  }

  @Override
  public OutboxEntry.Kind kind() {
    return OutboxEntry.Kind.SMS;
  }

  @Override
  public Uni<Void> send(Outgoing m) {
    AppConfig.Sms.Gateway gateway = m.gateway() == null ? null : config.sms().gateways().get(m.gateway());
    if (gateway == null || gateway.outboundUrl().isEmpty()) {
      return Uni.createFrom().failure(new PermanentFailure(
          "no SMS gateway named " + m.gateway() + " with an outbound URL is configured"));
    }
    URI url = gateway.outboundUrl().get();
    Buffer body = Buffer.buffer(new JsonObject()
        .put("to", Phones.international(m.destination()))
        .put("text", m.payload().getString("text"))
        .put("reference", m.id().toString())
        .encode());
    return client.postAbs(url.toString())
        .putHeader("Content-Type", "application/json")
        .putHeader(SmsResource.SIGNATURE, Signatures.sign(gateway.secret(), body.getBytes()))
        .putHeader("X-Aduan-Delivery", m.id().toString())
        .sendBuffer(body)
        .flatMap(response -> id.aduan.outbox.HttpOutcome.check("SMS gateway " + m.gateway(), response));
  }
}
