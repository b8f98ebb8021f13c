package id.aduan.common.limit;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client's address as rate limits count it. Behind a proxy, Quarkus puts the client's own
 * address here when {@code quarkus.http.proxy.*} trusts that proxy. An IPv6 client counts by its
 * /64, the block one subscriber gets, so that hopping within it gains nothing.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServerRequest request) {
    SocketAddress remote = request.remoteAddress();
    return remote == null ? "unknown" : key(remote.hostAddress());
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
