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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Contact data is ciphertext in the database and clear text in the API's answers. */
@QuarkusTest
class ContactEncryptionTest {
  @Inject
  Pool pool;

  @Inject
  ContactEncryption encryption;

  Row stored(String id) {
    return pool.preparedQuery("SELECT contact_name, contact_email, contact_phone FROM report WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id))).await().indefinitely().iterator().next();
  }

  String guestReport() {
    Map<String, Object> body = new HashMap<>(Reports.submission());
    body.put("contact", Map.of("name", "Maria Ndolu", "email", "maria@example.org", "phone", "+6281234567890"));
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
        .extract().path("id");
  }

  @Test
  void theDatabaseHoldsCiphertextAndAdminsReadClearText() {
    String id = guestReport();
    Row row = stored(id);
    for (String column : new String[] {"contact_name", "contact_email", "contact_phone"}) {
      assertThat(row.getString(column)).startsWith("enc1:").doesNotContain("Maria", "maria@", "6281234567890");
    }
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then().statusCode(200)
        .body("contact.name", equalTo("Maria Ndolu"))
        .body("contact.email", equalTo("maria@example.org"))
        .body("contact.phone", equalTo("+6281234567890"));
  }

  @Test
  void contactDataWrittenBeforeEncryptionIsReadThenEncryptedOnce() {
    String id = guestReport();
    pool.preparedQuery("UPDATE report SET contact_name = 'Yohanes Lama', contact_email = NULL WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
    String phoneBefore = stored(id).getString("contact_phone");
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then()
        .body("contact.name", equalTo("Yohanes Lama"));

    encryption.onStart(null, pool);
    encryption.onStart(null, pool);

    Row row = stored(id);
    assertThat(row.getString("contact_name")).startsWith("enc1:");
    assertThat(row.getString("contact_email")).isNull();
    // Already encrypted: left as it was, not encrypted a second time.
    assertThat(row.getString("contact_phone")).isEqualTo(phoneBefore);
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id).then()
        .body("contact.name", equalTo("Yohanes Lama"))
        .body("contact.phone", equalTo("+6281234567890"));
  }

  @Test
  void eachValueHasItsOwnNonceAndTamperingIsRefused() {
    String a = PersonalDataCipher.encrypt("+6281234567890");
    String b = PersonalDataCipher.encrypt("+6281234567890");
    assertThat(a).isNotEqualTo(b);
    assertThat(PersonalDataCipher.decrypt(a)).isEqualTo("+6281234567890");
    char last = a.charAt(a.length() - 3);
    String tampered = a.substring(0, a.length() - 3) + (last == 'A' ? 'B' : 'A') + a.substring(a.length() - 2);
    assertThatThrownBy(() -> PersonalDataCipher.decrypt(tampered)).hasMessageContaining("cannot decrypt");
  }
}
