package id.aduan.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random secrets to hand out, and the HMAC-SHA256 that every signed webhook, in or out, uses. */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** {@code prefix} and {@code bytes} random bytes, URL-safe base64 without padding. */
  public static String random(String prefix, int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** HMAC-SHA256 under {@code secret} (its UTF-8 bytes) of {@code parts}, one after the other. */
  public static byte[] hmacSha256(String secret, byte[]... parts) {
    return hmacSha256(secret.getBytes(StandardCharsets.UTF_8), parts);
  }

  /** HMAC-SHA256 under the key {@code key} of {@code parts}, one after the other. */
  public static byte[] hmacSha256(byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
