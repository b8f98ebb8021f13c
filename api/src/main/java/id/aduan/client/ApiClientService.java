package id.aduan.client;

import id.aduan.common.Uuids;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Third-party applications' keys: issued and revoked by admins, checked on every keyed call. */
@ApplicationScoped
public class ApiClientService {
  /** A key's last use is written at most this often: enough to tell a live client from a dead one. */
  static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final ApiClientRepository repository;

  ApiClientService(ApiClientRepository repository) {
    this.repository = repository;
  }

  @WithSession
  public Uni<Page<ApiClientViews.View>> list(String cursor, int size) {
    Cursor after = Cursor.decode(cursor);
    return repository.page(after, size + 1)
        .map(rows -> Page.of(rows, size, c -> new Cursor(c.createdAt, c.id).encode(), ApiClientService::toView));
  }

  /** A new client with a fresh key, which is in the answer and nowhere else. */
  @WithTransaction
  public Uni<ApiClientViews.Created> create(@Valid @NotNull ApiClientViews.Input input, @NotNull Caller admin) {
    Log.debugf("create api client %s", input.name());
    String key = ApiKeys.next();
    ApiClient c = new ApiClient();
    c.id = Uuids.v7();
    c.name = input.name().strip();
    c.contact = input.contact() == null || input.contact().isBlank() ? null : input.contact().strip();
    c.keyPrefix = ApiKeys.prefixOf(key);
    c.keyHash = ApiKeys.hash(key);
    c.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    c.createdBy = admin.subject();
    return repository.persist(c)
        .map(saved -> new ApiClientViews.Created(c.id, c.name, c.contact, c.keyPrefix, c.createdAt, key));
  }

  /** Revoking twice is harmless: the first revocation time stays. */
  @WithTransaction
  public Uni<Void> revoke(UUID id) {
    Log.debugf("revoke api client %s", id);
    return repository.findById(id)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("client.notFound")))
        .invoke(c -> {
          if (c.revokedAt == null) {
            c.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
          }
        })
        .replaceWithVoid();
  }

  /** The id of the client holding this key; fails with 403 for a missing, unknown or revoked key. */
  @WithTransaction
  public Uni<UUID> authenticate(String key) {
    if (key == null || key.isBlank()) {
      return Uni.createFrom().failure(new InvalidApiKeyException(Msg.of("client.apiKey.required")));
    }
    return repository.findByKeyHash(ApiKeys.hash(key.strip())).flatMap(c -> {
      if (c == null) {
        return Uni.createFrom().failure(new InvalidApiKeyException(Msg.of("client.apiKey.invalid")));
      }
      if (c.revokedAt != null) {
        return Uni.createFrom().failure(new InvalidApiKeyException(Msg.of("client.apiKey.revoked")));
      }
      Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
      return repository.touch(c.id, now, now.minus(TOUCH_EVERY)).replaceWith(c.id);
    });
  }

  static ApiClientViews.View toView(ApiClient c) {
    return new ApiClientViews.View(c.id, c.name, c.contact, c.keyPrefix, c.createdAt, c.revokedAt, c.lastUsedAt);
  }
}
