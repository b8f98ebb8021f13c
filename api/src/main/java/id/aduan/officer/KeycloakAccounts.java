package id.aduan.officer;

import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
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
          throw new ConflictException("An account with this username or email already exists in Keycloak.");
        }
        subject = CreatedResponseUtil.getCreatedId(created);
      }
      var officerRole = keycloak.get().realm(realm).roles().get("officer").toRepresentation();
      users.get(subject).roles().realmLevel().add(List.of(officerRole));
      Log.infof("Created the Keycloak account %s for an officer", account.username());
      return subject;
    }));
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
