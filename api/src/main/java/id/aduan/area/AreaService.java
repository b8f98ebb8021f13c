package id.aduan.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aduan.common.paging.KeyCursor;
import id.aduan.common.paging.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The administrative areas a report can be located in. */
@ApplicationScoped
public class AreaService {
  private final AreaRepository repository;

  AreaService(AreaRepository repository) {
    this.repository = repository;
  }

  @WithSession
  public Uni<Page<View>> children(String parentCode, String cursor, int size) {
    return repository.children(parentCode, KeyCursor.decode(cursor), size + 1)
        .map(rows -> Page.of(rows, size, a -> KeyCursor.encode(a.code), AreaService::toView));
  }

  static View toView(Area a) {
    return new View(a.code, a.name, a.parentCode);
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record View(String code, String name, String parentCode) {}
}
