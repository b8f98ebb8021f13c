package id.aduan.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reporters' contact data encrypted at rest: AES-256-GCM with a fresh nonce per value, under the
 * key in {@code aduan.personal-data.key} (32 bytes, base64). Stored as {@code enc1:} and the
 * base64 of nonce, ciphertext and tag. A value without the prefix was written before encryption
 * (V18) and is read as it is until ContactEncryption rewrites it.
 */
public final class PersonalDataCipher {
  static final String PREFIX = "enc1:";
  private static final int NONCE = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile SecretKeySpec key;

  private PersonalDataCipher() {}

  public static String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE + sealed.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(sealed, 0, out, NONCE, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt personal data", e);
    }
  }

  public static String decrypt(String stored) {
    if (stored == null || !isEncrypted(stored)) {
      return stored;
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, NONCE));
      return new String(c.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // A wrong key or a damaged value: refuse rather than show ciphertext as a name.
      throw new IllegalStateException("cannot decrypt personal data: is aduan.personal-data.key the key it was written with?", e);
    }
  }

  public static boolean isEncrypted(String stored) {
    return stored.startsWith(PREFIX);
  }

  /** Read once from configuration; the API does not start without it (ContactEncryption checks at startup). */
  public static SecretKeySpec key() {
    SecretKeySpec k = key;
    if (k == null) {
      String value = ConfigProvider.getConfig().getOptionalValue("aduan.personal-data.key", String.class)
          .orElseThrow(() -> new IllegalStateException(
              "aduan.personal-data.key is not set: 32 random bytes in base64 (openssl rand -base64 32)"));
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(value.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("aduan.personal-data.key is not base64", e);
      }
      if (bytes.length != 32) {
        throw new IllegalStateException("aduan.personal-data.key must be 32 bytes (base64 of 32 random bytes), not " + bytes.length);
      }
      k = new SecretKeySpec(bytes, "AES");
      key = k;
    }
    return k;
  }
}
