package id.aduan.webhook;

import id.aduan.common.Network;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.Msg;
import id.aduan.outbox.Transport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Where webhook deliveries may go: public addresses over https, and private networks only when
 * the city lists them ({@code aduan.webhooks.allowed-private-networks}). Without this an admin's
 * typo, or a stolen admin account, could make the API post report data to its own neighbours
 * (the database, Keycloak, a cloud's metadata service). Names are checked when a subscription is
 * saved and again, resolved afresh, before each delivery.
 */
@ApplicationScoped
class Destinations {
  static final Msg PRIVATE = Msg.of("webhook.url.private");
  private static final Msg NOT_HTTPS = Msg.of("validation.httpsAddress");
  private final List<Network> allowed;
  private final Vertx vertx;

  Destinations(AppConfig config, Vertx vertx) {
    this.vertx = vertx;
    this.allowed = config.webhooks().allowedPrivateNetworks().orElse(List.of()).stream().map(n -> Network.parse(n, "aduan.webhooks.allowed-private-networks")).toList();
  }

  /** What is wrong with {@code uri} as a subscriber's address, or null. Resolves a name off the event loop. */
  Uni<Msg> problemWith(URI uri) {
    if (uri.getHost() == null || uri.getScheme() == null) {
      return Uni.createFrom().item(NOT_HTTPS);
    }
    return resolve(uri.getHost()).map(addresses -> {
      boolean allInAllowed = !addresses.isEmpty() && addresses.stream().allMatch(this::isAllowedPrivate);
      if (!"https".equalsIgnoreCase(uri.getScheme()) && !("http".equalsIgnoreCase(uri.getScheme()) && allInAllowed)) {
        return NOT_HTTPS;
      }
      return addresses.stream().anyMatch(this::isRefused) ? PRIVATE : null;
    });
  }

  /**
   * Before a delivery: the address to connect to, resolved and checked now. The delivery connects
   * to this very address (the name only in Host and TLS), so a name that resolves elsewhere a
   * moment later (DNS rebinding) cannot lead it into a private network. Fails for good when the
   * name now leads into a refused network.
   */
  Uni<InetAddress> checkBeforeSending(URI uri) {
    return resolve(uri.getHost()).map(addresses -> {
      if (addresses.isEmpty()) {
        throw new IllegalStateException("the name " + uri.getHost() + " does not resolve");
      }
      if (addresses.stream().anyMatch(this::isRefused)) {
        throw new Transport.PermanentFailure("the address of " + uri.getHost() + " is in a private network");
      }
      // IPv4 first, as the JDK's own connections prefer it.
      return addresses.stream().filter(a -> a instanceof java.net.Inet4Address).findFirst().orElse(addresses.get(0));
    });
  }

  private boolean isRefused(InetAddress a) {
    return isPrivate(a) && !isAllowedPrivate(a);
  }

  private boolean isAllowedPrivate(InetAddress a) {
    return allowed.stream().anyMatch(n -> n.contains(a));
  }

  /** Names resolve on a worker thread (the JDK resolver blocks); an unknown name has no addresses. */
  private Uni<List<InetAddress>> resolve(String host) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return vertx.executeBlocking(Uni.createFrom().item(() -> {
      try {
        return List.of(InetAddress.getAllByName(bare));
      } catch (UnknownHostException e) {
        return List.<InetAddress>of();
      }
    }), false);
  }

  /** Loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local IPv6 and the like. */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && b[2] == 0)
          || (first == 198 && (second == 18 || second == 19));
    }
    return (b[0] & 0xfe) == 0xfc; // fc00::/7
  }
}
