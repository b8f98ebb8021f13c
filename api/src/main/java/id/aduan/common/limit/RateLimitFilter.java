package id.aduan.common.limit;

import id.aduan.common.config.AppConfig;
import id.aduan.common.error.Msg;
import id.aduan.common.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Counts requests to {@link RateLimited} methods per client address and, once the token is
 * known, per account; over either rate the request is refused with 429 before anything is done.
 * Officials are not counted, except for exports: they are few, known, and answer many reports
 * from one office. The counts are shared by every instance (SharedLimits, ADR 0025). Guesses
 * of PINs and access keys are counted where they are checked (report/GuestAccess).
 */
@ApplicationScoped
public class RateLimitFilter {
  private final AppConfig.RateLimits rates;
  private final SharedLimits limits;
  private final ClientAddress addresses;
  private final CurrentIdentityAssociation identity;
  private final MeterRegistry metrics;

  RateLimitFilter(AppConfig config, SharedLimits limits, ClientAddress addresses, CurrentIdentityAssociation identity,
      MeterRegistry metrics) {
    this.rates = config.rateLimits();
    this.limits = limits;
    this.addresses = addresses;
    this.identity = identity;
    this.metrics = metrics;
  }

  @ServerRequestFilter
  public Uni<Void> limit(ResourceInfo resource, HttpServerRequest request) {
    RateLimited limited = resource.getResourceMethod() == null ? null
        : resource.getResourceMethod().getAnnotation(RateLimited.class);
    if (limited == null
        || !limited.whenQueryParameter().isEmpty() && request.getParam(limited.whenQueryParameter()) == null) {
      return Uni.createFrom().voidItem();
    }
    Limit limit = limited.value();
    String address = addresses.of(request);
    return identity.getDeferredIdentity().flatMap(who -> {
      boolean account = who != null && !who.isAnonymous();
      if (limit == Limit.EXPORT) {
        return account ? take(limit, limit + ":account:" + who.getPrincipal().getName(), rates.exportsPerAccount())
            : Uni.createFrom().voidItem();
      }
      if (account && isOfficial(who)) {
        return Uni.createFrom().voidItem(); // officials answer many reports, often from one office's address
      }
      Uni<Void> byAddress = take(limit, limit + ":ip:" + address, perAddress(limit));
      if (!account || limit == Limit.LOOKUP) {
        return byAddress;
      }
      String byAccount = limit + ":account:" + who.getPrincipal().getName();
      // A request refused for its account gives its address's share back: it did nothing.
      return byAddress.call(x -> take(limit, byAccount, perAccount(limit))
          .onFailure(TooManyRequestsException.class).call(e -> limits.giveBack(limit + ":ip:" + address,
              perAddress(limit))));
    });
  }

  private Uni<Void> take(Limit limit, String key, Rate rate) {
    return limits.require(key, rate, refusal(limit)).onFailure(TooManyRequestsException.class).invoke(e ->
        metrics.counter("aduan.rate.limited", "limit", limit.name().toLowerCase(Locale.ROOT)).increment());
  }

  private static boolean isOfficial(SecurityIdentity who) {
    return who.hasRole(Roles.OFFICER) || who.hasRole(Roles.ADMIN) || who.hasRole(Roles.SUPERVISOR);
  }

  private Rate perAddress(Limit limit) {
    return switch (limit) {
      case SUBMISSION -> rates.submissionsPerAddress();
      case LOOKUP -> rates.lookupsPerAddress();
      default -> rates.reporterWritesPerAddress();
    };
  }

  private Rate perAccount(Limit limit) {
    return limit == Limit.SUBMISSION ? rates.submissionsPerAccount() : rates.reporterWritesPerAccount();
  }

  private static Msg refusal(Limit limit) {
    return switch (limit) {
      case SUBMISSION -> Msg.of("limit.reports");
      case REPORTER_WRITE -> Msg.of("limit.requests");
      case LOOKUP -> Msg.of("limit.lookups");
      case EXPORT -> Msg.of("limit.exports");
    };
  }
}
