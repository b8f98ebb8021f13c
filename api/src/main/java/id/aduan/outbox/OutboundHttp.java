package id.aduan.outbox;

import id.aduan.common.config.AppConfig;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** The one HTTP client of every transport that talks to a gateway, the Graph API or a subscriber. */
@ApplicationScoped
public class OutboundHttp {
  private final WebClient client;

  /**
   * As many connections per host as a round sends at once: with fewer, a slow receiver makes the
   * batch wait in line (the default of 5 did). The connect timeout stays below the per-send limit.
   * Redirects are never followed: a subscriber or media server that answers 3xx could otherwise
   * send the request on to an address that was never checked (Destinations, ADR 0018).
   */
  OutboundHttp(Vertx vertx, AppConfig config) {
    this.client = WebClient.create(vertx, new WebClientOptions()
        .setMaxPoolSize(config.outbox().batch())
        .setConnectTimeout(5_000)
        .setIdleTimeout(60)
        .setFollowRedirects(false)
        .setUserAgent("Aduan/1"));
  }

  public WebClient client() {
    return client;
  }

  /** The transports share the client; it closes once, with its owner. */
  @PreDestroy
  void close() {
    client.close();
  }
}
