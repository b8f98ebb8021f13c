package id.aduan.agency;

import id.aduan.common.Trees;
import id.aduan.common.Uuids;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.paging.Page;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/** The agency tree, managed by admins; other features ask it whether an agency exists. */
@ApplicationScoped
public class AgencyService {
  private static final Trees.Words WORDS = new Trees.Words(Msg.of("agency.parent.itself"),
      Msg.of("agency.parent.missing"), Msg.of("agency.parent.descendant"));
  /**
   * Subtrees by root, read by every request of an officer (their scope). Kept 30 s
   * (application.properties) and emptied after each agency write commits: this instance sees
   * a new, moved or deactivated agency at once, other instances within those 30 s.
   */
  static final String SUBTREES = "agency-subtrees";

  private final AgencyRepository repository;
  private final Cache subtrees;

  AgencyService(AgencyRepository repository, @CacheName(SUBTREES) Cache subtrees) {
    this.repository = repository;
    this.subtrees = subtrees;
  }

  @WithSession
  public Uni<Page<AgencyViews.View>> list(UUID parentId, String cursor, int size) {
    String after = KeyCursor.decode(cursor);
    return repository.page(parentId, after, size + 1)
        .map(rows -> Page.of(rows, size, a -> KeyCursor.encode(a.code), AgencyService::toView));
  }

  @WithSession
  public Uni<AgencyViews.View> get(UUID id) {
    return repository.findById(id)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("agency.notFound")))
        .map(AgencyService::toView);
  }

  /** The parent of an agency, or null at the top of the tree. */
  public Uni<UUID> parentOf(UUID id) {
    return repository.findById(id).map(a -> a == null ? null : a.parentId);
  }

  /** The ids of the agency and of all its sub-units (cached, see {@link #SUBTREES}). */
  @CacheResult(cacheName = SUBTREES)
  public Uni<Set<UUID>> subtree(UUID root) {
    return repository.subtree(root).map(Set::copyOf);
  }

  /** The active agency with this id, or a 400 naming {@code field}: for forwarding reports. */
  public Uni<Agency> requireActive(UUID id, String field) {
    return repository.findById(id).map(a -> {
      if (a == null || !a.active) {
        throw new InvalidInputException(field, Msg.of("agency.notActive"));
      }
      return a;
    });
  }

  /**
   * Opens its transaction itself rather than by @WithTransaction, to forget the cached
   * subtrees after the commit: forgotten before it, a read in between could cache the old tree.
   */
  public Uni<AgencyViews.View> create(@Valid @NotNull AgencyViews.Input input) {
    Log.debugf("create agency %s", input.code());
    Agency a = new Agency();
    a.id = Uuids.v7();
    a.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return Panache.withTransaction(() -> apply(a, input).flatMap(repository::persist))
        .call(subtrees::invalidateAll)
        .map(AgencyService::toView);
  }

  /** Forgets the cached subtrees after its commit, as {@link #create} does. */
  public Uni<AgencyViews.View> update(UUID id, @Valid @NotNull AgencyViews.Input input) {
    Log.debugf("update agency %s", id);
    return Panache.withTransaction(() -> repository.findById(id)
            .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("agency.notFound")))
            .flatMap(a -> apply(a, input)))
        .call(subtrees::invalidateAll)
        .map(AgencyService::toView);
  }

  private Uni<Agency> apply(Agency a, AgencyViews.Input input) {
    Uni<Void> parentOk = Trees.checkParent(a.id, input.parentId(), repository::findById, p -> p.parentId, WORDS);
    return parentOk
        .flatMap(x -> repository.codeTaken(input.code(), a.id))
        .map(taken -> {
          if (taken) {
            throw new ConflictException(Msg.of("agency.codeTaken", "code", input.code()));
          }
          a.code = input.code();
          a.name = input.name().strip();
          a.parentId = input.parentId();
          a.active = input.active();
          a.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
          return a;
        });
  }

  static AgencyViews.View toView(Agency a) {
    return new AgencyViews.View(a.id, a.code, a.name, a.parentId, a.active, a.createdAt, a.updatedAt);
  }

}
