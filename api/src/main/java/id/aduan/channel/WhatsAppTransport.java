package id.aduan.channel;

import id.aduan.common.Phones;
import id.aduan.common.config.AppConfig;
import id.aduan.outbox.OutboxEntry;
import id.aduan.outbox.Transport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * WhatsApp messages to reporters through the Cloud API, and the fetching of chat photos (the
 * outbox step {@value WhatsAppService#MEDIA_EVENT}, retried like a message).
 *
 * <p>Free text reaches a person only within 24 hours of their last message to us; outside that
 * window Meta wants an approved template. We send text regardless: Meta's 4xx answer makes
 * the message dead, where an admin sees it. Templates for later notices are future work.
 */
@ApplicationScoped
class WhatsAppTransport implements Transport {
  private final AppConfig.WhatsApp config;
  private final WebClient client;
  private final WhatsAppMedia media;

  WhatsAppTransport(AppConfig config, id.aduan.outbox.OutboundHttp http, WhatsAppMedia media) {
    this.config = config.whatsapp();
    this.client = http.client();
    this.media = media;
  }

  @Override
  public OutboxEntry.Kind kind() {
    return OutboxEntry.Kind.WHATSAPP;
  }

  @Override
  public Uni<Void> send(Outgoing m) {
    if (config.accessToken().isEmpty() || config.phoneNumberId().isEmpty()) {
      return Uni.createFrom().failure(new PermanentFailure("WhatsApp is not configured (access token, phone number id)"));
    }
    if (WhatsAppService.MEDIA_EVENT.equals(m.eventType())) {
      return media.fetchAndAttach(m.reportId(), m.payload().getString("mediaId"));
    }
    JsonObject body = new JsonObject()
        .put("messaging_product", "whatsapp")
        .put("to", Phones.international(m.destination()))
        .put("type", "text")
        .put("text", new JsonObject().put("body", m.payload().getString("text")));
    return client.postAbs(config.graphUrl() + "/" + config.phoneNumberId().get() + "/messages")
        .bearerTokenAuthentication(config.accessToken().get())
        .sendJsonObject(body)
        .flatMap(response -> id.aduan.outbox.HttpOutcome.check("WhatsApp Cloud API", response));
  }
}
