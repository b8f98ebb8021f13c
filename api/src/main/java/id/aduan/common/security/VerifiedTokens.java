package id.aduan.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens that quarkus-oidc has verified, reused until they expire. OIDC checks every
 * request's JWT from scratch (signature, claims parsed twice, principal built): 12-15 % of the API's
 * CPU per submission in the benchmark, for an answer that depends only on the token's exact text.
 * A JWT verified locally is never checked for revocation, so reusing the verdict until the token's
 * {@code exp} (at most {@link #LONGEST}) changes nothing a caller can observe. A token not seen
 * before, altered, or past its {@code exp} goes to OIDC as usual.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {
  /** Even a long-lived token is verified again after this. */
  static final Duration LONGEST = Duration.ofMinutes(10);

  private final Cache<String, SecurityIdentity> verified;

  VerifiedTokens(@ConfigProperty(name = "aduan.security.verified-tokens", defaultValue = "2000") int size,
      MeterRegistry registry) {
    this.verified = Caffeine.newBuilder().maximumSize(size).expireAfter(new UntilExpiry()).recordStats().build();
    CaffeineCacheMetrics.monitor(registry, verified, "verified-tokens");
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Before OIDC's provider, which has the default (1001); a miss (null) lets OIDC verify the token. */
  @Override
  public int priority() {
    return Integer.MAX_VALUE;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    SecurityIdentity known = verified.getIfPresent(request.getToken().getToken());
    if (known == null) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom().item(withRequest(known, HttpSecurityUtils.getRoutingContextAttribute(request)));
  }

  /** How long a verified token is kept: until its exp, and never longer than {@link #LONGEST}. */
  static Duration lifetime(long expiresAtEpochSecond, Instant now) {
    Duration left = Duration.between(now, Instant.ofEpochSecond(expiresAtEpochSecond));
    if (left.isNegative()) {
      return Duration.ZERO;
    }
    return left.compareTo(LONGEST) > 0 ? LONGEST : left;
  }

  /** Whether this exact token is kept as verified. */
  boolean knows(String token) {
    return verified.asMap().containsKey(token);
  }

  /** Requests whose token was known. */
  long reused() {
    return verified.stats().hitCount();
  }

  void keep(SecurityIdentity identity) {
    AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
    if (token != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
      if (!verified.asMap().containsKey(token.getToken())) { // a reused one comes back here too
        verified.put(token.getToken(), withRequest(identity, null));
      }
    }
  }

  /**
   * OIDC's identity names the request it was built for (as OIDC sets them): kept without one,
   * so that no request outlives itself in here, and given the current one when used.
   */
  private static SecurityIdentity withRequest(SecurityIdentity identity, RoutingContext request) {
    return QuarkusSecurityIdentity.builder(identity)
        .addAttribute(RoutingContext.class.getName(), request)
        .addAttribute(AuthenticationRequestContext.class.getName(),
            request == null ? null : request.get(AuthenticationRequestContext.class.getName()))
        .build();
  }

  /**
   * Keeps what OIDC verified. It runs first among the augmentors, so what is kept is OIDC's
   * identity, which the others then augment again on every request, as they would have.
   */
  @ApplicationScoped
  static class Keeper implements SecurityIdentityAugmentor {
    private final VerifiedTokens tokens;

    Keeper(VerifiedTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public int priority() {
      return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
      tokens.keep(identity);
      return Uni.createFrom().item(identity);
    }
  }

  private static final class UntilExpiry implements Expiry<String, SecurityIdentity> {
    @Override
    public long expireAfterCreate(String token, SecurityIdentity identity, long currentTime) {
      long exp = ((JsonWebToken) identity.getPrincipal()).getExpirationTime();
      return lifetime(exp, Instant.now()).toNanos();
    }

    @Override
    public long expireAfterUpdate(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
      return currentDuration;
    }

    @Override
    public long expireAfterRead(String token, SecurityIdentity identity, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
