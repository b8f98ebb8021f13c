package id.aduan.common.limit;

import id.aduan.common.config.AppConfig;
import id.aduan.common.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts requests to {@link RateLimited} methods per client address and, once the token is
 * known, per account; over either rate the request is refused with 429 before anything is done.
 * Officials are not counted: they are few, known, and answer many reports from one office.
 * Guesses of a report's PIN count only when they fail (a 404), so a reporter reading their own
 * report never runs out. The buckets live in this instance (ADR 0016).
 */
@ApplicationScoped
public class RateLimitFilter {
  static final String PIN_HEADER = "X-Report-Pin";
  private static final String GUESSER = RateLimitFilter.class.getName() + ".guesser";

  private final AppConfig.RateLimits rates;
  private final TokenBuckets buckets;
  private final CurrentIdentityAssociation identity;
  private final MeterRegistry metrics;

  RateLimitFilter(AppConfig config, CurrentIdentityAssociation identity, MeterRegistry metrics) {
    this.rates = config.rateLimits();
    this.identity = identity;
    this.metrics = metrics;
    Duration longest = java.util.stream.Stream.of(rates.submissionsPerAddress(), rates.submissionsPerAccount(),
            rates.reporterWritesPerAddress(), rates.reporterWritesPerAccount(), rates.pinFailuresPerAddress())
        .map(Rate::period).max(Duration::compareTo).orElseThrow();
    this.buckets = new TokenBuckets(rates.maxKeys(), longest, System::nanoTime);
  }

  @ServerRequestFilter
  public Uni<Void> limit(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
    RateLimited limited = resource.getResourceMethod() == null ? null
        : resource.getResourceMethod().getAnnotation(RateLimited.class);
    Limit limit = limited == null ? null : limited.value();
    String address = ClientAddress.of(request);
    if (limit == Limit.PIN_GUESS || context.getHeaderString(PIN_HEADER) != null) {
      String key = "pin:" + address;
      context.setProperty(GUESSER, key);
      refuseIfWaiting(Limit.PIN_GUESS, buckets.waitFor(key, rates.pinFailuresPerAddress()));
    }
    if (limit == null || limit == Limit.PIN_GUESS) {
      return Uni.createFrom().voidItem();
    }
    return identity.getDeferredIdentity().invoke(who -> {
      boolean account = who != null && !who.isAnonymous();
      if (account && isOfficial(who)) {
        return; // officials answer many reports, often from one office's address
      }
      String byAddress = limit + ":ip:" + address;
      String byAccount = account ? limit + ":account:" + who.getPrincipal().getName() : null;
      // Both are checked before either is taken: a request refused for one does not use up the other.
      refuseIfWaiting(limit, longer(buckets.waitFor(byAddress, perAddress(limit)),
          byAccount == null ? Duration.ZERO : buckets.waitFor(byAccount, perAccount(limit))));
      refuseIfWaiting(limit, longer(buckets.take(byAddress, perAddress(limit)),
          byAccount == null ? Duration.ZERO : buckets.take(byAccount, perAccount(limit))));
    }).replaceWithVoid();
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static boolean isOfficial(io.quarkus.security.identity.SecurityIdentity who) {
    return who.hasRole(Roles.OFFICER) || who.hasRole(Roles.ADMIN) || who.hasRole(Roles.SUPERVISOR);
  }

  /** A failed guess takes one of the address's tokens; 404 is what a wrong code or PIN gets. */
  @ServerResponseFilter
  public void countFailedGuess(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 404 && request.getProperty(GUESSER) instanceof String key) {
      buckets.take(key, rates.pinFailuresPerAddress());
    }
  }

  private Rate perAddress(Limit limit) {
    return limit == Limit.SUBMISSION ? rates.submissionsPerAddress() : rates.reporterWritesPerAddress();
  }

  private Rate perAccount(Limit limit) {
    return limit == Limit.SUBMISSION ? rates.submissionsPerAccount() : rates.reporterWritesPerAccount();
  }

  private void refuseIfWaiting(Limit limit, Duration wait) {
    if (wait.isZero()) {
      return;
    }
    metrics.counter("aduan.rate.limited", "limit", limit.name().toLowerCase(java.util.Locale.ROOT)).increment();
    throw new TooManyRequestsException(switch (limit) {
      case SUBMISSION -> "Too many reports were sent from this connection or account in a short time."
          + " Please try again in {seconds} seconds.";
      case REPORTER_WRITE -> "Too many requests were sent from this connection or account in a short time."
          + " Please try again in {seconds} seconds.";
      case PIN_GUESS -> "Too many wrong tracking codes or PINs were tried from this connection."
          + " Please try again in {seconds} seconds.";
    }, wait);
  }
}
