package id.aduan.common.security;

import java.util.Set;

/**
 * Who is calling, read from the verified token only, never from a request body.
 *
 * @param subject the Keycloak {@code sub}, or {@code null} for a guest
 */
public record Caller(String subject, String name, String email, Set<String> roles) {
  public static final Caller GUEST = new Caller(null, null, null, Set.of());

  /** Aduan itself, for what its scheduled jobs do (closing, escalating). */
  public static final Caller SYSTEM = new Caller("system", "Aduan", null, Set.of(Roles.SYSTEM));

  public boolean isGuest() {
    return subject == null;
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
