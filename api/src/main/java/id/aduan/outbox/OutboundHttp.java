package id.aduan.outbox;

import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/** The HTTP client of every transport that talks to a gateway, the Graph API or a subscriber. */
public final class OutboundHttp {
  private OutboundHttp() {}

  /**
   * Enough connections per host for a whole batch at once (the default of 5 made one receiver
   * the bottleneck of a burst), and a connect timeout well below the sender's per-send limit.
   */
  public static WebClient client(Vertx vertx) {
    return WebClient.create(vertx, new WebClientOptions()
        .setMaxPoolSize(50)
        .setConnectTimeout(5_000)
        .setIdleTimeout(60)
        .setUserAgent("Aduan/1"));
  }
}
