package id.aduan.report.access;

import id.aduan.common.crypto.Pepper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A guest's two secrets (ADR 0025): the 6-digit PIN, for SMS and phone users who must type it,
 * and the receipt's access key, too long to guess, which opens the report even while guesses of
 * its PIN are held back. Both are HMACs under the {@link Pepper}, which the database never
 * holds: a dump alone confirms no guess. The PIN is stored as {@code hmac1$<key id>$<salt>$<mac>};
 * the access key is not stored at all but recomputed from the report's id.
 *
 * <p>PINs hashed before the pepper ({@code pbkdf2-sha256$...}, slow on purpose) are wrapped by
 * {@link PinHashUpgrade} into {@code pbkdf2-hmac1$<key id>$<iterations>$<salt>$<mac of the PBKDF2 hash>};
 * checking those still costs PBKDF2, so callers run {@link #matches} off the event loop unless
 * {@link #isCheap} says otherwise.
 */
public final class Pins {
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String HMAC = "hmac1";
  static final String LEGACY = "pbkdf2-sha256";
  static final String WRAPPED = "pbkdf2-hmac1";
  private static final Pattern PIN = Pattern.compile("[0-9]{6}");
  /** Key id, a dot, and 22 base64url characters (132 bits of the HMAC). */
  private static final Pattern ACCESS_KEY = Pattern.compile("([0-9a-f]{6})\\.([A-Za-z0-9_-]{22})");
  private static final byte[] ACCESS = "report-access:".getBytes(StandardCharsets.UTF_8);

  private final Pepper pepper;

  Pins(Pepper pepper) {
    this.pepper = pepper;
  }

  public static String next() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  static boolean isPin(String s) {
    return s != null && PIN.matcher(s).matches();
  }

  static boolean isAccessKey(String s) {
    return s != null && ACCESS_KEY.matcher(s).matches();
  }

  public String hash(String pin) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HMAC + "$" + pepper.currentId() + "$" + b64(salt) + "$" + b64(pepper.mac(salt, utf8(pin)));
  }

  /** Whether {@link #matches} is cheap enough for the event loop (an HMAC, not PBKDF2). */
  static boolean isCheap(String stored) {
    return stored.startsWith(HMAC + "$");
  }

  boolean matches(String pin, String stored) {
    if (!isPin(pin) || stored == null) {
      return false;
    }
    String[] p = stored.split("\\$");
    try {
      return switch (p[0]) {
        case HMAC -> p.length == 4 && pepper.mac(p[1], decode(p[2]), utf8(pin))
            .map(mac -> MessageDigest.isEqual(mac, decode(p[3]))).orElse(false);
        case WRAPPED -> p.length == 5 && pepper.mac(p[1], derive(pin, decode(p[3]), Integer.parseInt(p[2])))
            .map(mac -> MessageDigest.isEqual(mac, decode(p[4]))).orElse(false);
        case LEGACY -> p.length == 4
            && MessageDigest.isEqual(decode(p[3]), derive(pin, decode(p[2]), Integer.parseInt(p[1])));
        default -> false;
      };
    } catch (IllegalArgumentException e) {
      return false; // a damaged hash matches nothing
    }
  }

  /** A hash of before the pepper, wrapped so that it needs the pepper too; other hashes as they are. */
  String wrap(String stored) {
    String[] p = stored.split("\\$");
    if (!p[0].equals(LEGACY) || p.length != 4) {
      return stored;
    }
    return WRAPPED + "$" + pepper.currentId() + "$" + p[1] + "$" + p[2] + "$" + b64(pepper.mac(decode(p[3])));
  }

  /** The receipt's access key of a report: the same on every call, and only with this pepper. */
  public String accessKey(UUID reportId) {
    return pepper.currentId() + "." + accessMac(pepper.mac(ACCESS, utf8(reportId.toString())));
  }

  boolean matchesAccessKey(UUID reportId, String key) {
    var m = key == null ? null : ACCESS_KEY.matcher(key);
    if (m == null || !m.matches()) {
      return false;
    }
    return pepper.mac(m.group(1), ACCESS, utf8(reportId.toString()))
        .map(mac -> MessageDigest.isEqual(utf8(accessMac(mac)), utf8(m.group(2))))
        .orElse(false);
  }

  private static String accessMac(byte[] mac) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, 22);
  }

  private static byte[] derive(String pin, byte[] salt, int iterations) {
    try {
      var spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] decode(String s) {
    return Base64.getDecoder().decode(s);
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
