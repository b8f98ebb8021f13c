package id.aduan.channel;

import id.aduan.common.Secrets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Webhook signatures in the scheme Meta and our SMS gateways share: {@code sha256=<hex>}, the
 * HMAC-SHA256 of the raw body under a shared secret.
 */
final class Signatures {
  static final String PREFIX = "sha256=";

  private Signatures() {}

  /** The header value for {@code body} under {@code secret}. */
  static String sign(String secret, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(Secrets.hmacSha256(secret, body));
  }

  /**
   * Whether {@code header} is the signature of {@code body}; compared in constant time, so the
   * answer time does not tell an attacker how many leading characters were right.
   */
  static boolean verify(String secret, byte[] body, String header) {
    if (secret == null || secret.isEmpty() || header == null || body == null) {
      return false;
    }
    String value = header.strip();
    if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(value.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(Secrets.hmacSha256(secret, body), given);
  }
}
