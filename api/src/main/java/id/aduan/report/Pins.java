package id.aduan.report;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Guest PINs: 6 random digits, stored only as a salted PBKDF2 hash. Hashing costs CPU on
 * purpose (to slow offline guessing), so callers run it off the event loop.
 */
public final class Pins {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ITERATIONS = 20_000;

  private Pins() {}

  public static String next() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** {@code pbkdf2-sha256$iterations$salt$hash}, all Base64. */
  public static String hash(String pin) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(pin, salt, ITERATIONS));
  }

  public static boolean matches(String pin, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(pin, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String pin, byte[] salt, int iterations) {
    try {
      var spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
