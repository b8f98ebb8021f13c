package id.aduan.common.crypto;

import id.aduan.common.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HMAC keys that live in configuration, never in the database, so that a dump of the database
 * alone cannot be used to test guesses of guests' PINs or to forge their access keys (ADR 0025).
 * Each key is known by an id taken from its own hash, stored beside every value made with it:
 * a key is rotated by making the new one current and keeping the old one as retired until no
 * value needs it.
 */
public final class Pepper {
  private static final String DERIVATION = "aduan guest-access pepper v1";
  private final String currentId;
  private final Map<String, byte[]> keys;

  private Pepper(List<byte[]> keys) {
    Map<String, byte[]> byId = new LinkedHashMap<>();
    for (byte[] k : keys) {
      byId.putIfAbsent(idOf(k), k);
    }
    this.keys = byId;
    this.currentId = idOf(keys.get(0));
  }

  /** The current key first, then the retired ones; each at least 32 bytes. */
  public static Pepper of(byte[] current, List<byte[]> retired) {
    List<byte[]> all = new ArrayList<>();
    all.add(current);
    all.addAll(retired);
    for (byte[] k : all) {
      if (k.length < 32) {
        throw new IllegalStateException("a pepper must be at least 32 bytes (openssl rand -base64 32), not " + k.length);
      }
    }
    return new Pepper(all);
  }

  /**
   * From configuration: {@code aduan.guest-access.pepper} (base64), or, when it is not set, keys
   * derived from the personal-data keys (current first), so that an installation keeps one
   * secret to guard and a rotated personal-data key still opens what its derived pepper made.
   */
  public static Pepper fromConfig(Optional<String> pepper, List<String> retired, List<byte[]> personalDataKeys) {
    if (pepper.isEmpty() && personalDataKeys.isEmpty()) {
      throw new IllegalStateException("aduan.guest-access.pepper is not set, and aduan.personal-data.key is not there to"
          + " derive it from: set it to 32 random bytes in base64 (openssl rand -base64 32)");
    }
    List<byte[]> derived = personalDataKeys.stream()
        .map(k -> Secrets.hmacSha256(k, DERIVATION.getBytes(StandardCharsets.UTF_8))).toList();
    byte[] current = pepper.map(Pepper::decode).orElse(derived.isEmpty() ? null : derived.get(0));
    List<byte[]> older = new ArrayList<>(retired.stream().map(Pepper::decode).toList());
    if (pepper.isEmpty()) {
      older.addAll(derived.subList(1, derived.size()));
    }
    return of(current, older);
  }

  public String currentId() {
    return currentId;
  }

  /** HMAC-SHA256 of {@code parts} under the current key. */
  public byte[] mac(byte[]... parts) {
    return Secrets.hmacSha256(keys.get(currentId), parts);
  }

  /** HMAC-SHA256 under the key {@code id}, or empty when no such key is configured any more. */
  public Optional<byte[]> mac(String id, byte[]... parts) {
    byte[] key = keys.get(id);
    return key == null ? Optional.empty() : Optional.of(Secrets.hmacSha256(key, parts));
  }

  static String idOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("aduan.guest-access.pepper is not base64", e);
    }
  }

}
