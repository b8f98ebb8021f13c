package id.aduan.report.transparency;

import id.aduan.common.error.ConflictException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.report.PublicFilter;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportViews;
import id.aduan.report.access.ReportAccess;
import id.aduan.report.search.ReportSearchService;
import id.aduan.report.search.SearchQuery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The public feed of verified reports, and citizens' support (dukung) of them. */
@ApplicationScoped
public class PublicFeedService {
  private final ReportRepository repository;
  private final ReportMapper mapper;
  private final ReportSearchService search;

  PublicFeedService(ReportRepository repository, ReportMapper mapper, ReportSearchService search) {
    this.repository = repository;
    this.mapper = mapper;
    this.search = search;
  }

  /**
   * Verified, non-confidential reports for everyone, newest first, or with a search (a usable
   * word in {@code q}) most relevant first (ReportSearchService). The page's ids come first,
   * through the SQL client (ADR 0013), and only then a session for the rows: a session holds a
   * pooled connection, and waiting inside it for a second one starved the pool under load.
   */
  public Uni<Page<ReportViews.Public>> publicFeed(PublicFilter filter, String cursor, int size) {
    SearchQuery q = SearchQuery.parse(filter.q());
    if (q != null) {
      return search.page(q, filter, cursor, size);
    }
    Cursor after = Cursor.decode(cursor);
    return repository.publicIds(filter.withoutQuery(), after, size + 1)
        .flatMap(ids -> Panache.withSession(() -> repository.inOrder(ids)))
        .map(rows -> Page.of(rows, size, ReportRepository::cursorOf, mapper::toPublic));
  }

  /** A citizen supports (dukung) a public report, once; 404 for reports that are not public. */
  @WithTransaction
  public Uni<ReportViews.Public> support(UUID id, Caller caller) {
    Log.debugf("support %s", id);
    return repository.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .map(r -> r != null && r.isPublic() ? r : null)
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .flatMap(r -> repository.addSupport(r.id, caller.subject(), ReportEvents.now()).map(added -> {
          if (!added) {
            throw new ConflictException(Msg.of("report.support.already"));
          }
          r.supportCount++;
          return mapper.toPublic(r);
        }));
  }
}
