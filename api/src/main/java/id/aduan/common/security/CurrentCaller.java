package id.aduan.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the caller without blocking: authentication is lazy (proactive auth is off so that
 * its failures reach the problem mapper), so the identity is only available as a {@code Uni}.
 */
@RequestScoped
public class CurrentCaller {
  private final CurrentIdentityAssociation identity;

  CurrentCaller(CurrentIdentityAssociation identity) {
    this.identity = identity;
  }

  public Uni<Caller> get() {
    return identity.getDeferredIdentity().map(CurrentCaller::toCaller);
  }

  static Caller toCaller(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return Caller.GUEST;
    }
    if (identity.getPrincipal() instanceof JsonWebToken jwt) {
      return new Caller(jwt.getSubject(), jwt.getClaim("name"), jwt.getClaim("email"), identity.getRoles());
    }
    // @TestSecurity identities carry no JWT: the principal's name stands in for the subject.
    return new Caller(identity.getPrincipal().getName(), identity.getPrincipal().getName(), null, identity.getRoles());
  }
}
