package id.aduan.category;

import id.aduan.agency.AgencyService;
import id.aduan.common.Trees;
import id.aduan.common.Uuids;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The category tree: public to read (the report form), managed by admins. */
@ApplicationScoped
public class CategoryService {
  private static final Trees.Words WORDS = new Trees.Words(Msg.of("category.parent.itself"),
      Msg.of("category.parent.missing"), Msg.of("category.parent.descendant"));
  private final CategoryRepository repository;
  private final AgencyService agencies;

  CategoryService(CategoryRepository repository, AgencyService agencies) {
    this.repository = repository;
    this.agencies = agencies;
  }

  @WithSession
  public Uni<Page<CategoryViews.View>> list(UUID parentId, boolean activeOnly, String cursor, int size) {
    String after = KeyCursor.decode(cursor);
    return repository.page(parentId, activeOnly, after, size + 1)
        .map(rows -> Page.of(rows, size, c -> KeyCursor.encode(c.code), CategoryService::toView));
  }

  @WithSession
  public Uni<CategoryViews.View> get(UUID id) {
    return repository.findById(id)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("category.notFound")))
        .map(CategoryService::toView);
  }

  /** The active category with this id, or a 400 naming {@code field}: for reports. */
  public Uni<Category> requireActive(UUID id, String field) {
    return repository.findById(id).map(c -> {
      if (c == null || !c.active) {
        throw notActive(field);
      }
      return c;
    });
  }

  /** The same check on {@code conn}, in the transaction of a report written through the SQL client (ADR 0024). */
  public Uni<Void> requireActive(SqlConnection conn, UUID id, String field) {
    return conn.preparedQuery("select active from category where id = $1").execute(Tuple.of(id)).map(rows -> {
      if (rows.size() == 0 || !rows.iterator().next().getBoolean("active")) {
        throw notActive(field);
      }
      return null;
    });
  }

  private static InvalidInputException notActive(String field) {
    return new InvalidInputException(field, Msg.of("category.notActive"));
  }

  @WithTransaction
  public Uni<CategoryViews.View> create(@Valid @NotNull CategoryViews.Input input) {
    Log.debugf("create category %s", input.code());
    Category c = new Category();
    c.id = Uuids.v7();
    c.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return apply(c, input).flatMap(repository::persist).map(CategoryService::toView);
  }

  @WithTransaction
  public Uni<CategoryViews.View> update(UUID id, @Valid @NotNull CategoryViews.Input input) {
    Log.debugf("update category %s", id);
    return repository.findById(id)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("category.notFound")))
        .flatMap(c -> apply(c, input))
        .map(CategoryService::toView);
  }

  private Uni<Category> apply(Category c, CategoryViews.Input input) {
    Uni<Void> parentOk = Trees.checkParent(c.id, input.parentId(), repository::findById, p -> p.parentId, WORDS);
    Uni<Void> agencyOk = input.defaultAgencyId() == null ? Uni.createFrom().voidItem()
        : agencies.requireActive(input.defaultAgencyId(), "defaultAgencyId").replaceWithVoid();
    return parentOk.flatMap(x -> agencyOk).flatMap(x -> repository.codeTaken(input.code(), c.id)).map(taken -> {
      if (taken) {
        throw new ConflictException(Msg.of("category.codeTaken", "code", input.code()));
      }
      c.code = input.code();
      c.name = input.name().strip();
      c.parentId = input.parentId();
      c.defaultAgencyId = input.defaultAgencyId();
      c.active = input.active();
      c.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      return c;
    });
  }

  static CategoryViews.View toView(Category c) {
    return new CategoryViews.View(c.id, c.code, c.name, c.parentId, c.defaultAgencyId, c.active, c.createdAt,
        c.updatedAt);
  }
}
