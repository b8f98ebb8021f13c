package id.aduan.common.crypto;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Personal data is sealed with Tink in the database (bound to its row and column, under a key id),
 * clear in the API's answers to those allowed, read back only when sealed so, and re-encrypted
 * under a new key while the API serves.
 */
@QuarkusTest
class PersonalDataSealTest {
  static final PersonalDataCipher.Column NAME = new PersonalDataCipher.Column("report", "contact_name");

  @Inject
  Pool pool;

  @Inject
  PersonalDataRewrap rewrap;

  @ConfigProperty(name = "aduan.personal-data.key")
  String configuredKey;

  Row stored(String id) {
    return pool.preparedQuery("SELECT id, contact_name, contact_email, contact_phone FROM report WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id))).await().indefinitely().iterator().next();
  }

  static String guestReport(String name) {
    Map<String, Object> body = new HashMap<>(Reports.submission());
    body.put("contact", Map.of("name", name, "email", "maria@example.org", "phone", "+6281234567890"));
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
        .extract().path("id");
  }

  static void adminReads(String id, String name) {
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("contact.name", equalTo(name))
        .body("contact.email", equalTo("maria@example.org"))
        .body("contact.phone", equalTo("+6281234567890"));
  }

  @Test
  void theDatabaseHoldsSealedValuesUnderTheCurrentKeyAndAdminsReadClearText() {
    String id = guestReport("Maria Ndolu");
    Row row = stored(id);
    String current = "enc2:" + PersonalDataCipher.keys().currentId() + ":";
    for (String column : new String[] {"contact_name", "contact_email", "contact_phone"}) {
      assertThat(row.getString(column)).startsWith(current).doesNotContain("Maria", "maria@", "6281234567890");
    }
    // The receipt's e-mail waits in the outbox: its address is sealed as well.
    List<String> destinations = new ArrayList<>();
    pool.preparedQuery("SELECT destination FROM outbox WHERE report_id = $1 AND kind = 'EMAIL'")
        .execute(Tuple.of(UUID.fromString(id))).await().indefinitely()
        .forEach(r -> destinations.add(r.getString("destination")));
    assertThat(destinations).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith(current).doesNotContain("maria"));
    adminReads(id, "Maria Ndolu");
  }

  @Test
  void aValueOpensOnlyInItsOwnRowAndColumnAndTamperingIsRefused() {
    UUID a = UUID.randomUUID();
    String sealed = PersonalDataCipher.seal("+6281234567890", NAME, a);
    assertThat(PersonalDataCipher.seal("+6281234567890", NAME, a)).isNotEqualTo(sealed);
    assertThat(PersonalDataCipher.open(sealed, NAME, a)).isEqualTo("+6281234567890");
    assertThatThrownBy(() -> PersonalDataCipher.open(sealed, NAME, UUID.randomUUID()))
        .hasMessageContaining("cannot decrypt");
    assertThatThrownBy(() -> PersonalDataCipher.open(sealed, new PersonalDataCipher.Column("report", "contact_phone"), a))
        .hasMessageContaining("cannot decrypt");
    char last = sealed.charAt(sealed.length() - 3);
    String tampered = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
        + sealed.substring(sealed.length() - 2);
    assertThatThrownBy(() -> PersonalDataCipher.open(tampered, NAME, a)).hasMessageContaining("cannot decrypt");
  }

  @Test
  void valuesInClearOrOfTheFirstEncryptionAreNeverReadButSealedByTheMigration() throws Exception {
    String id = guestReport("Yohanes Lama");
    UUID row = UUID.fromString(id);
    String enc1 = enc1("Yohanes Baru", Base64.getDecoder().decode(configuredKey));
    pool.preparedQuery("UPDATE report SET contact_name = $2, contact_email = 'maria@example.org' WHERE id = $1")
        .execute(Tuple.of(row, enc1)).await().indefinitely();
    assertThatThrownBy(() -> PersonalDataCipher.open("maria@example.org", NAME, row)).hasMessageContaining("not sealed");
    assertThatThrownBy(() -> PersonalDataCipher.open(enc1, NAME, row)).hasMessageContaining("not sealed");

    int sealed = rewrap.migrate(PersonalDataRewrap.TABLES.get(0)).await().atMost(Duration.ofSeconds(60));

    assertThat(sealed).isGreaterThanOrEqualTo(1);
    Row after = stored(id);
    assertThat(after.getString("contact_name")).startsWith("enc2:");
    assertThat(after.getString("contact_email")).startsWith("enc2:");
    adminReads(id, "Yohanes Baru");
    // Run again: nothing is left to seal, and what was sealed stays as it is.
    assertThat(rewrap.migrate(PersonalDataRewrap.TABLES.get(0)).await().atMost(Duration.ofSeconds(60))).isZero();
    assertThat(stored(id).getString("contact_name")).isEqualTo(after.getString("contact_name"));
  }

  @Test
  void aNewKeyReencryptsEverySealedValueWhileTheApiServes() {
    byte[] old = Base64.getDecoder().decode(configuredKey);
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String before = guestReport("Sebelum Rotasi");
    PersonalDataKeys rotated = PersonalDataKeys.of(fresh, List.of(old));
    try {
      PersonalDataCipher.use(rotated);
      // Reports keep coming in while every table is walked.
      CompletableFuture<Integer> walk = rewrap.reencrypt().subscribeAsCompletionStage();
      List<String> during = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        during.add(guestReport("Selama Rotasi " + i));
      }
      assertThat(walk.join()).isGreaterThanOrEqualTo(1);

      String current = "enc2:" + rotated.currentId() + ":";
      for (String[] place : new String[][] {{"report", "contact_name"}, {"outbox", "destination"},
          {"webhook_subscription", "secret"}}) {
        long stale = pool.preparedQuery("SELECT count(*) FROM " + place[0] + " WHERE left(" + place[1] + ", 14) <> $1")
            .execute(Tuple.of(current)).await().indefinitely().iterator().next().getLong(0);
        assertThat(stale).as("values of %s.%s under another key", place[0], place[1]).isZero();
      }
      adminReads(before, "Sebelum Rotasi");
      adminReads(during.get(4), "Selama Rotasi 4");
    } finally {
      // Back to the configured key, re-encrypting again, for the tests that follow.
      PersonalDataCipher.use(PersonalDataKeys.of(old, List.of(fresh)));
      rewrap.reencrypt().await().atMost(Duration.ofMinutes(2));
      PersonalDataCipher.use(PersonalDataKeys.of(old, List.of()));
    }
    adminReads(before, "Sebelum Rotasi");
  }

  @Test
  void onlyAdminsSeeOrStartTheReEncryption() {
    String path = "/api/v1/admin/personal-data/re-encryption";
    given().get(path).then().statusCode(401);
    given().post(path).then().statusCode(401);
    given().auth().oauth2(Keycloak.token("petugas1")).get(path).then()
        .statusCode(403);
    given().auth().oauth2(Keycloak.token("petugas1")).post(path).then()
        .statusCode(403);
    given().auth().oauth2(Keycloak.token("admin1")).post(path).then()
        .statusCode(202).body("keyId", equalTo(PersonalDataCipher.keys().currentId()));
    // A walk over every table under the key it already has: it ends, having sealed nothing again.
    for (int i = 0; i < 600 && rewrap.progress().running(); i++) {
      sleep(100);
    }
    given().auth().oauth2(Keycloak.token("admin1")).get(path).then()
        .statusCode(200).body("running", equalTo(false)).body("rows", equalTo(0))
        .body("finishedAt", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aTinkKeysetFromConfigurationSealsAndTheOldKeyStillOpensTheFirstEncryption() throws Exception {
    var handle = com.google.crypto.tink.KeysetHandle.generateNew(
        com.google.crypto.tink.aead.PredefinedAeadParameters.AES256_GCM);
    String json = com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(handle,
        com.google.crypto.tink.InsecureSecretKeyAccess.get());
    PersonalDataKeys keys = PersonalDataKeys.fromConfig(Optional.of(json), Optional.of(configuredKey), List.of());
    assertThat(keys.currentId()).isEqualTo(String.format("%08x", handle.getPrimary().getId()));
    PersonalDataKeys configured = PersonalDataCipher.keys();
    try {
      PersonalDataCipher.use(keys);
      UUID row = UUID.randomUUID();
      String sealed = PersonalDataCipher.seal("Maria", NAME, row);
      assertThat(sealed).startsWith("enc2:" + keys.currentId() + ":");
      assertThat(PersonalDataCipher.open(sealed, NAME, row)).isEqualTo("Maria");
      assertThat(PersonalDataCipher.openForMigration(enc1("Yohanes", Base64.getDecoder().decode(configuredKey)), NAME,
          row)).isEqualTo("Yohanes");
    } finally {
      PersonalDataCipher.use(configured);
    }
    assertThatThrownBy(() -> PersonalDataKeys.fromConfig(Optional.empty(), Optional.empty(), List.of()))
        .hasMessageContaining("aduan.personal-data.key is not set");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A value as the first encryption (V18, ADR 0020) wrote it: AES-GCM, nonce first, no key id. */
  static String enc1(String plain, byte[] key) throws Exception {
    byte[] nonce = new byte[12];
    new SecureRandom().nextBytes(nonce);
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
    byte[] out = new byte[12 + sealed.length];
    System.arraycopy(nonce, 0, out, 0, 12);
    System.arraycopy(sealed, 0, out, 12, sealed.length);
    return "enc1:" + Base64.getEncoder().encodeToString(out);
  }
}
