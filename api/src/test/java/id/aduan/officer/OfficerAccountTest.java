package id.aduan.officer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

/** Onboarding an officer creates their Keycloak account through the admin API (real Keycloak). */
@QuarkusTest
class OfficerAccountTest {
  @Inject
  Keycloak keycloak;

  static RequestSpecification api() {
    return given();
  }

  static String agency() {
    return api().contentType(ContentType.JSON)
        .body(Map.of("code", "ACC-" + System.nanoTime() % 100_000_000, "name", "Dinas Akun", "active", true))
        .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
  }

  static Map<String, Object> account(String username) {
    return Map.of("username", username, "email", username + "@kupangkota.go.id", "firstName", "Yakobus",
        "lastName", "Tefa");
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void adminOnboardsAnOfficerWithANewAccount() {
    String username = "petugas.uji" + System.nanoTime() % 1_000_000;
    var created = api().contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency(), "name", "Yakobus Tefa", "account", account(username)))
        .post("/api/v1/officers").then().statusCode(201)
        .body("temporaryPassword", matchesPattern("^[2-9a-zA-Z]{14}$"))
        .body("email", equalTo(username + "@kupangkota.go.id"))
        .extract();
    String subject = created.path("subject");

    var user = keycloak.realm("aduan").users().get(subject);
    assertThat(user.toRepresentation().getUsername()).isEqualTo(username);
    assertThat(user.toRepresentation().getRequiredActions()).contains("UPDATE_PASSWORD");
    assertThat(user.roles().realmLevel().listEffective()).extracting(r -> r.getName()).contains("officer");
    // The password is shown once: reading the officer later does not return it.
    api().get("/api/v1/officers/{s}", subject).then().statusCode(200)
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("temporaryPassword")));
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void aNameKeycloakRefusesIsA400OnThatFieldAndNothingIsRegistered() {
    String agency = agency();
    String username = "petugas.tolak" + System.nanoTime() % 1_000_000;
    var account = new java.util.HashMap<>(account(username));
    account.put("lastName", "Tefa<script>");
    api().contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency, "name", "Ditolak", "account", account))
        .post("/api/v1/officers").then().statusCode(400)
        .body("violations[0].field", equalTo("account.lastName"))
        .body("violations[0].message", equalTo("contains characters that are not allowed in a name"));
    api().queryParam("agencyId", agency).get("/api/v1/officers").then().body("items", org.hamcrest.Matchers.empty());
    assertThat(keycloak.realm("aduan").users().search(username, true)).isEmpty();
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void takenUsernameIsAConflictAndNothingIsRegistered() {
    String agency = agency();
    api().contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency, "name", "Ganda", "account", account("warga1")))
        .post("/api/v1/officers").then().statusCode(409);
    api().queryParam("agencyId", agency).get("/api/v1/officers").then().body("items", org.hamcrest.Matchers.empty());
  }

  @Test
  @TestSecurity(user = "admin-a", roles = "admin")
  void eitherAnExistingOrANewAccount() {
    String agency = agency();
    api().contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency, "name", "Dua", "subject", "abc", "account", account("dua.akun")))
        .post("/api/v1/officers").then().statusCode(400).body("violations[0].field", equalTo("subject"));
    api().contentType(ContentType.JSON).body(Map.of("agencyId", agency, "name", "Nol"))
        .post("/api/v1/officers").then().statusCode(400).body("violations[0].field", equalTo("subject"));
    api().contentType(ContentType.JSON)
        .body(Map.of("agencyId", agency, "name", "Salah", "account", account("Bukan Username!")))
        .post("/api/v1/officers").then().statusCode(400)
        .body("violations.field", org.hamcrest.Matchers.hasItem("account.username"));
  }
}
