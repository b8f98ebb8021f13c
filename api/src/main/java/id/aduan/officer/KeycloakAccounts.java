package id.aduan.officer;

import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Officers' accounts in Keycloak, created through its admin API by the API's service account,
 * so that onboarding an agency needs nobody in the Keycloak console. The admin client blocks,
 * so every call runs off the event loop.
 */
@ApplicationScoped
public class KeycloakAccounts {
  private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Instance<Keycloak> keycloak;
  private final boolean enabled;
  private final String realm;
  private final Vertx vertx;

  KeycloakAccounts(Instance<Keycloak> keycloak, AppConfig config, Vertx vertx,
      @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm) {
    this.keycloak = keycloak;
    this.enabled = config.officerAccounts().enabled();
    this.realm = realm;
    this.vertx = vertx;
  }

  public boolean enabled() {
    return enabled;
  }

  /** A new, enabled account with the officer role; the password must be changed at first login. */
  public Uni<String> create(OfficerViews.NewAccount account, String temporaryPassword) {
    return vertx.executeBlocking(Uni.createFrom().item(() -> {
      var users = keycloak.get().realm(realm).users();
      UserRepresentation user = new UserRepresentation();
      user.setUsername(account.username());
      user.setEmail(account.email());
      user.setFirstName(account.firstName());
      user.setLastName(account.lastName());
      user.setEnabled(true);
      user.setEmailVerified(true);
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(temporaryPassword);
      password.setTemporary(true);
      user.setCredentials(List.of(password));
      String subject;
      try (Response created = users.create(user)) {
        if (created.getStatus() == 409) {
          throw new ConflictException(Msg.of("officer.keycloak.accountExists"));
        }
        if (created.getStatus() == 400) {
          throw refused(created);
        }
        subject = CreatedResponseUtil.getCreatedId(created);
      }
      var officerRole = keycloak.get().realm(realm).roles().get("officer").toRepresentation();
      users.get(subject).roles().realmLevel().add(List.of(officerRole));
      Log.infof("Created the Keycloak account %s for an officer", account.username());
      return subject;
    }));
  }

  /**
   * Keycloak's user profile refuses what it does not allow in a name, a username or an email
   * ({@code {"field": "firstName", "errorMessage": "error-person-name-invalid-character"}}): said
   * of our field, in words.
   */
  private static InvalidInputException refused(Response created) {
    String field = "account";
    String key = "";
    try {
      var body = new io.vertx.core.json.JsonObject(created.readEntity(String.class));
      field = body.getString("field") == null ? field : "account." + body.getString("field");
      key = body.getString("errorMessage", "");
    } catch (RuntimeException unreadable) {
      // Not Keycloak's usual body: the generic words below still apply.
    }
    Msg message = switch (key) {
      case "error-person-name-invalid-character" -> Msg.of("officer.keycloak.nameCharacters");
      case "error-username-invalid-character", "error-invalid-username" ->
          Msg.of("officer.keycloak.usernameCharacters");
      case "error-invalid-email", "invalidEmailMessage" -> Msg.of("validation.email");
      case "error-invalid-length" -> Msg.of("officer.keycloak.length");
      case "" -> Msg.of("officer.keycloak.refused");
      default -> Msg.of("officer.keycloak.refusedWith", "reason", key);
    };
    Log.infof("Keycloak refused a new officer account: %s %s", field, key);
    return new InvalidInputException(field, message);
  }

  /** Undoes {@link #create} when the officer could not be registered afterwards. */
  public Uni<Void> delete(String subject) {
    return vertx.executeBlocking(Uni.createFrom().item(() -> {
      try (Response r = keycloak.get().realm(realm).users().delete(subject)) {
        return null;
      }
    }));
  }

  static String temporaryPassword() {
    char[] p = new char[14];
    for (int i = 0; i < p.length; i++) {
      p[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(p);
  }
}
