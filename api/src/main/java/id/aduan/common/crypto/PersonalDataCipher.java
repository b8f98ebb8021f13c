package id.aduan.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Personal data at rest (reporters' contact data, webhook secrets, outbox addresses), sealed with
 * the Tink AEAD keyset of {@link PersonalDataKeys} (ADR 0026). A value is stored as
 * {@code enc2:<key id>:<base64 of Tink's ciphertext>}, bound by its associated data to its table,
 * column and row, so that a value copied to another row or column does not open. The key id in
 * clear lets the re-encryption (PersonalDataRewrap) find values under a retired key.
 *
 * <p>Only {@link #openForMigration} reads what is not sealed so: values of the first encryption
 * ({@code enc1:}) and values written in clear before it.
 */
public final class PersonalDataCipher {
  static final String PREFIX = "enc2:";
  static final String LEGACY_PREFIX = "enc1:";
  private static volatile PersonalDataKeys keys;

  private PersonalDataCipher() {}

  /** A column of personal data: its table and name go into every value's associated data. */
  public record Column(String table, String name) {
    byte[] boundTo(Object row) {
      return (table + "." + name + "/" + row).getBytes(StandardCharsets.UTF_8);
    }
  }

  public static String seal(String plain, Column column, Object row) {
    if (plain == null) {
      return null;
    }
    PersonalDataKeys k = keys();
    try {
      byte[] sealed = k.aead().encrypt(plain.getBytes(StandardCharsets.UTF_8), column.boundTo(row));
      return PREFIX + k.currentId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt personal data", e);
    }
  }

  /** The value sealed by {@link #seal} for this column and row; anything else is refused. */
  public static String open(String stored, Column column, Object row) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("a value of " + column.table() + "." + column.name()
          + " is not sealed; the migration at startup (PersonalDataRewrap) seals such values");
    }
    int colon = stored.indexOf(':', PREFIX.length());
    try {
      byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
      return new String(keys().aead().decrypt(sealed, column.boundTo(row)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException | StringIndexOutOfBoundsException e) {
      // A retired key no longer configured, a value moved from another row, or damage: refuse
      // rather than show ciphertext as a name.
      throw new IllegalStateException("cannot decrypt " + column.table() + "." + column.name() + " of " + row
          + ": was its key (" + keyIdOf(stored) + ") removed from the configuration, or the value moved?", e);
    }
  }

  /** For the migration only: a sealed value, a value of the first encryption, or one in clear. */
  public static String openForMigration(String stored, Column column, Object row) {
    if (stored == null || stored.startsWith(PREFIX)) {
      return open(stored, column, row);
    }
    if (!stored.startsWith(LEGACY_PREFIX)) {
      return stored;
    }
    Optional<com.google.crypto.tink.Aead> legacy = keys().legacy();
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(LEGACY_PREFIX.length()));
      if (legacy.isEmpty()) {
        throw new GeneralSecurityException("no plain key is configured");
      }
      return new String(legacy.get().decrypt(in, new byte[0]), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt an enc1 value of " + column.table() + "." + column.name()
          + ": keep the key it was written with in aduan.personal-data.key or aduan.personal-data.retired-keys", e);
    }
  }

  /** Whether {@code stored} is sealed under the current key (so needs no re-encryption). */
  public static boolean isCurrent(String stored) {
    return stored == null || stored.startsWith(PREFIX + keys().currentId() + ":");
  }

  private static String keyIdOf(String stored) {
    int colon = stored.indexOf(':', PREFIX.length());
    return colon < 0 ? "?" : stored.substring(PREFIX.length(), colon);
  }

  /** Read once from configuration; the API does not start without it (PersonalDataRewrap checks at startup). */
  public static PersonalDataKeys keys() {
    PersonalDataKeys k = keys;
    if (k == null) {
      Config config = ConfigProvider.getConfig();
      k = PersonalDataKeys.fromConfig(config.getOptionalValue("aduan.personal-data.keyset", String.class),
          config.getOptionalValue("aduan.personal-data.key", String.class),
          config.getOptionalValues("aduan.personal-data.retired-keys", String.class).orElse(List.of()));
      keys = k;
    }
    return k;
  }

  /** Replaces the keys read from configuration: for tests of rotation. */
  public static void use(PersonalDataKeys replacement) {
    keys = replacement;
  }
}
