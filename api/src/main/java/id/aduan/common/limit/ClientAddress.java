package id.aduan.common.limit;

import id.aduan.common.Network;
import id.aduan.common.config.AppConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The client's address as rate limits count it. The address that connected, unless it is a
 * proxy listed in {@code aduan.trusted-proxies}: then X-Forwarded-For is read from the right,
 * past the trusted proxies, and the first address that is not one of them is the client. The
 * entries to its left are whatever the client wrote and are never believed (a client that
 * sends its own X-Forwarded-For gains nothing). Quarkus's own forwarding takes the left-most
 * entry, so the connection's peer is read here, not the request's remote address.
 * An IPv6 client counts by its /64, the block one subscriber gets, so hopping within it gains
 * nothing.
 */
@ApplicationScoped
public class ClientAddress {
  private final List<Network> trusted;

  @Inject
  ClientAddress(AppConfig config) {
    this(config.trustedProxies().orElse(List.of()).stream()
        .map(n -> Network.parse(n, "aduan.trusted-proxies")).toList());
  }

  ClientAddress(List<Network> trusted) {
    this.trusted = trusted;
  }

  public String of(HttpServerRequest request) {
    SocketAddress peer = request.connection() == null ? request.remoteAddress() : request.connection().remoteAddress();
    String host = peer == null ? null : peer.hostAddress();
    return key(client(host, request.headers().getAll("X-Forwarded-For")));
  }

  /** The client among the connection's peer and the X-Forwarded-For headers (in the order received). */
  String client(String peer, List<String> forwardedFor) {
    if (peer == null || !isTrusted(peer)) {
      return peer;
    }
    String client = peer;
    for (int h = forwardedFor.size() - 1; h >= 0; h--) {
      String[] hops = forwardedFor.get(h).split(",");
      for (int i = hops.length - 1; i >= 0; i--) {
        String hop = hops[i].strip();
        if (hop.isEmpty()) {
          continue;
        }
        var address = Network.literal(withoutPort(hop));
        if (address.isEmpty()) {
          return client; // garbage from beyond the last proxy: the proxy is all we know
        }
        client = address.get().getHostAddress();
        if (!isTrusted(address.get())) {
          return client;
        }
      }
    }
    return client;
  }

  private boolean isTrusted(String host) {
    return Network.literal(host).map(this::isTrusted).orElse(false);
  }

  private boolean isTrusted(InetAddress a) {
    return trusted.stream().anyMatch(n -> n.contains(a));
  }

  /** {@code 203.0.113.7:5000} and {@code [2001:db8::1]:5000} as proxies may write them. */
  private static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end > 0 ? hop.substring(1, end) : hop;
    }
    int colon = hop.indexOf(':');
    return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
  }

  static String key(String host) {
    if (host == null || !host.contains(":")) {
      return host == null ? "unknown" : host;
    }
    try {
      byte[] b = InetAddress.getByName(host).getAddress();
      if (b.length != 16) {
        return InetAddress.getByAddress(b).getHostAddress();
      }
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        prefix.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException e) {
      return host;
    }
  }
}
