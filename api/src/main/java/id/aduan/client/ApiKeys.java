package id.aduan.client;

import id.aduan.common.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * API keys: 32 random bytes, URL-safe base64, behind a recognisable prefix (secret scanners and
 * people spot {@code adn_} in a leaked file). A plain SHA-256 is enough to store them: the key
 * has 256 bits of entropy, so the digest cannot be brute-forced, and a lookup stays one index hit.
 */
public final class ApiKeys {
  public static final String PREFIX = "adn_";
  /** Characters of the key shown to admins: the prefix and 8 of the random part. */
  static final int SHOWN = PREFIX.length() + 8;

  private ApiKeys() {}

  public static String next() {
    return Secrets.random(PREFIX, 32);
  }

  public static String prefixOf(String key) {
    return key.substring(0, SHOWN);
  }

  public static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
