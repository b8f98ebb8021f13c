package id.aduan.common.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The Tink keyset that seals personal data (ADR 0026): either a Tink JSON keyset from
 * configuration ({@code aduan.personal-data.keyset}, made and rotated with tinkey), or one built
 * from plain 32-byte keys ({@code aduan.personal-data.key} current, then
 * {@code aduan.personal-data.retired-keys}), each under a key id taken from its own hash so that
 * every instance agrees on it. The raw keys also open the values of the first encryption
 * ({@code enc1:}, AES-GCM without a key id), for the migration only.
 */
public final class PersonalDataKeys {
  static {
    try {
      AeadConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Aead aead;
  private final String currentId;
  private final Aead legacy;
  private final List<byte[]> rawKeys;
  private final boolean retired;

  private PersonalDataKeys(KeysetHandle keyset, List<byte[]> rawKeys) throws GeneralSecurityException {
    this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    this.currentId = idText(keyset.getPrimary().getId());
    this.rawKeys = List.copyOf(rawKeys);
    this.retired = keyset.size() > 1;
    this.legacy = rawKeys.isEmpty() ? null : keysetOf(rawKeys, AesGcmParameters.Variant.NO_PREFIX)
        .getPrimitive(RegistryConfiguration.get(), Aead.class);
  }

  /** The current key first, then the retired ones: 32 bytes each. */
  public static PersonalDataKeys of(byte[] current, List<byte[]> retired) {
    List<byte[]> all = new ArrayList<>();
    all.add(current);
    all.addAll(retired);
    for (byte[] k : all) {
      if (k.length != 32) {
        throw new IllegalStateException(
            "a personal-data key must be 32 bytes (base64 of 32 random bytes: openssl rand -base64 32), not " + k.length);
      }
    }
    try {
      return new PersonalDataKeys(keysetOf(all, AesGcmParameters.Variant.TINK), all);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot build the personal-data keyset", e);
    }
  }

  /** A Tink JSON keyset of AEAD keys; {@code legacyKeys} only open values written before it (enc1). */
  public static PersonalDataKeys ofKeyset(String json, List<byte[]> legacyKeys) {
    try {
      return new PersonalDataKeys(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()), legacyKeys);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("aduan.personal-data.keyset is not a Tink JSON keyset of AEAD keys: " + e.getMessage(), e);
    }
  }

  /** From configuration: the keyset if there is one, else the plain keys; without either the API does not start. */
  public static PersonalDataKeys fromConfig(Optional<String> keyset, Optional<String> key, List<String> retired) {
    List<byte[]> raw = new ArrayList<>();
    key.map(k -> decode(k, "aduan.personal-data.key")).ifPresent(raw::add);
    retired.forEach(k -> raw.add(decode(k, "aduan.personal-data.retired-keys")));
    if (keyset.isPresent() && !keyset.get().isBlank()) {
      return ofKeyset(keyset.get(), raw);
    }
    if (key.isEmpty()) {
      throw new IllegalStateException("aduan.personal-data.key is not set: 32 random bytes in base64 (openssl rand -base64 32),"
          + " or a Tink JSON keyset in aduan.personal-data.keyset");
    }
    return of(raw.get(0), raw.subList(1, raw.size()));
  }

  Aead aead() {
    return aead;
  }

  /** The id of the key new values are sealed with, as it appears in them (8 hex digits). */
  public String currentId() {
    return currentId;
  }

  /** Whether keys other than the current one are configured: values may need re-encryption. */
  public boolean hasRetiredKeys() {
    return retired;
  }

  Optional<Aead> legacy() {
    return Optional.ofNullable(legacy);
  }

  /** The plain keys, current first (empty when the keyset came as JSON): other secrets are derived from them. */
  public List<byte[]> rawKeys() {
    return rawKeys;
  }

  static String idText(int id) {
    return String.format("%08x", id);
  }

  private static KeysetHandle keysetOf(List<byte[]> keys, AesGcmParameters.Variant variant) throws GeneralSecurityException {
    AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12).setTagSizeBytes(16)
        .setVariant(variant).build();
    KeysetHandle.Builder builder = KeysetHandle.newBuilder();
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      int id = idOf(keys.get(i));
      if (seen.contains(id)) {
        continue;
      }
      seen.add(id);
      AesGcmKey.Builder key = AesGcmKey.builder().setParameters(parameters)
          .setKeyBytes(SecretBytes.copyFrom(keys.get(i), InsecureSecretKeyAccess.get()));
      if (variant != AesGcmParameters.Variant.NO_PREFIX) {
        key.setIdRequirement(id);
      }
      KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(key.build()).setStatus(KeyStatus.ENABLED);
      if (variant == AesGcmParameters.Variant.NO_PREFIX) {
        entry.withFixedId(id);
      }
      builder.addEntry(i == 0 ? entry.makePrimary() : entry);
    }
    return builder.build();
  }

  /** A key's id: the first four bytes of its SHA-256, the same on every instance. */
  static int idOf(byte[] key) {
    try {
      return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(key)).getInt();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] decode(String base64, String setting) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " is not base64", e);
    }
  }
}
