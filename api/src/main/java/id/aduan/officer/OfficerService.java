package id.aduan.officer;

import id.aduan.agency.AgencyService;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/** Which agency each officer works for; the source of an officer's reach over reports. */
@ApplicationScoped
public class OfficerService {
  private final OfficerRepository repository;
  private final AgencyService agencies;
  private final KeycloakAccounts accounts;

  OfficerService(OfficerRepository repository, AgencyService agencies, KeycloakAccounts accounts) {
    this.repository = repository;
    this.agencies = agencies;
    this.accounts = accounts;
  }

  /**
   * Where a caller acts as an officer: their agency and its sub-units, or nothing. The officer
   * is read on every request, so that deactivating one takes effect at once; the agency tree
   * comes from AgencyService's short-lived cache.
   */
  public Uni<Scope> scopeOf(Caller caller) {
    if (caller.isGuest() || !caller.hasRole(Roles.OFFICER)) {
      return Uni.createFrom().item(Scope.NONE);
    }
    return repository.findById(caller.subject()).flatMap(o -> o == null || !o.active
        ? Uni.createFrom().item(Scope.NONE)
        : agencies.subtree(o.agencyId).map(ids -> new Scope(o.agencyId, ids)));
  }

  @WithSession
  public Uni<Page<OfficerViews.View>> list(UUID agencyId, String cursor, int size) {
    String after = KeyCursor.decode(cursor);
    return repository.page(agencyId, after, size + 1)
        .map(rows -> Page.of(rows, size, o -> KeyCursor.encode(o.subject), OfficerService::toView));
  }

  @WithSession
  public Uni<OfficerViews.View> get(String subject) {
    return repository.findById(subject)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("officer.notFound")))
        .map(OfficerService::toView);
  }

  /**
   * Registers an officer: an existing account, or a new Keycloak account created first (and
   * deleted again if the registration then fails). The new account's temporary password is in
   * this answer only.
   */
  public Uni<OfficerViews.View> register(@Valid @NotNull OfficerViews.Registration r) {
    if ((r.subject() == null || r.subject().isBlank()) == (r.account() == null)) {
      throw new InvalidInputException("subject", Msg.of("officer.subjectOrAccount"));
    }
    if (r.account() == null) {
      return Panache.withTransaction(() -> registerExisting(r, r.subject().strip()));
    }
    if (!accounts.enabled()) {
      throw new ConflictException(Msg.of("officer.keycloak.notConfigured"));
    }
    String password = KeycloakAccounts.temporaryPassword();
    return Panache.withSession(() -> agencies.requireActive(r.agencyId(), "agencyId"))
        .flatMap(a -> accounts.create(r.account(), password))
        .flatMap(subject -> Panache.withTransaction(() -> registerExisting(r, subject))
            .onFailure().call(failure -> accounts.delete(subject)))
        .map(v -> new OfficerViews.View(v.subject(), v.agencyId(), v.name(), v.email(), v.active(), v.createdAt(),
            v.updatedAt(), password));
  }

  private Uni<OfficerViews.View> registerExisting(OfficerViews.Registration r, String subject) {
    Log.debugf("register officer %s in %s", subject, r.agencyId());
    return agencies.requireActive(r.agencyId(), "agencyId")
        .flatMap(a -> repository.findById(subject))
        .flatMap(existing -> {
          if (existing != null) {
            return Uni.createFrom().failure(new ConflictException(Msg.of("officer.already")));
          }
          Officer o = new Officer();
          o.subject = subject;
          o.agencyId = r.agencyId();
          o.name = r.name().strip();
          o.email = r.email() != null ? r.email() : r.account() != null ? r.account().email() : null;
          o.active = true;
          o.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
          o.updatedAt = o.createdAt;
          return repository.persist(o);
        })
        .map(OfficerService::toView);
  }

  @WithTransaction
  public Uni<OfficerViews.View> update(String subject, @Valid @NotNull OfficerViews.Update u) {
    Log.debugf("update officer %s", subject);
    return repository.findById(subject)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("officer.notFound")))
        .flatMap(o -> agencies.requireActive(u.agencyId(), "agencyId").map(a -> {
          o.agencyId = u.agencyId();
          o.name = u.name().strip();
          o.email = u.email();
          o.active = u.active();
          o.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
          return o;
        }))
        .map(OfficerService::toView);
  }

  static OfficerViews.View toView(Officer o) {
    return new OfficerViews.View(o.subject, o.agencyId, o.name, o.email, o.active, o.createdAt, o.updatedAt, null);
  }


  /** An officer's agency and the ids it covers (itself and its sub-units); empty for non-officers. */
  public record Scope(UUID agencyId, Set<UUID> agencies) {
    public static final Scope NONE = new Scope(null, Set.of());

    public boolean covers(UUID agency) {
      return agency != null && agencies.contains(agency);
    }
  }
}
