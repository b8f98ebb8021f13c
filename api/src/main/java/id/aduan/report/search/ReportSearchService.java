package id.aduan.report.search;

import id.aduan.common.config.AppConfig;
import id.aduan.common.paging.Page;
import id.aduan.report.PublicFilter;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportViews;
import id.aduan.report.search.RankCursor.Mode;
import id.aduan.report.search.ReportSearchRepository.Candidates;
import id.aduan.report.search.ReportSearchRepository.Ranked;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ranked search of the public feed and duplicate suggestions (ADR 0029). Every read is bounded
 * on a feed of millions: see {@link #candidates} for which reports a search ranks.
 */
@ApplicationScoped
public class ReportSearchService {
  /**
   * The newest public reports a search looks at first: when they hold a page of matches, the
   * query is common and ranks those only. Ranking costs about 5 µs a row on the benchmark's
   * machine: 1,000 rows keep the commonest query near 5 ms (ADR 0029).
   */
  static final int NEWEST = 1000;
  /** The newest public reports ranked when more than gin-cap match but the newest hold less than a page. */
  static final int WIDE = 5000;
  /** Suggestions are reports within this distance of the new one's point, or in its kelurahan. */
  static final double NEAR_METERS = 500;
  /** Reports read per place (kelurahan, surroundings) for suggestions. */
  static final int PER_PLACE = 2000;
  /** Search results, over all the city, among which suggestions are also chosen. */
  static final int CITY_CANDIDATES = 50;

  private final ReportSearchRepository search;
  private final ReportRepository reports;
  private final ReportMapper mapper;
  private final int ginCap;

  ReportSearchService(ReportSearchRepository search, ReportRepository reports, ReportMapper mapper,
      AppConfig config) {
    this.search = search;
    this.reports = reports;
    this.mapper = mapper;
    this.ginCap = config.search().ginCap();
  }

  /** A page of the feed filtered by {@code f}, most relevant to {@code q} first. */
  public Uni<Page<ReportViews.Public>> page(SearchQuery q, PublicFilter f, String cursor, int size) {
    RankCursor after = RankCursor.decode(cursor);
   return rankedIds(q, f, after, size, NEWEST, size + 1, WIDE, ginCap)
        .flatMap(found -> Panache.withSession(() -> reports.inOrder(found.ids()))
            .map(rows -> new Page<>(rows.stream().map(mapper::toPublic).toList(), found.next())));
  }

  /** One page's ids and the cursor after them (null on the last page). */
  public record Found(List<UUID> ids, String next) {}

  public Uni<Found> rankedIds(SearchQuery q, PublicFilter f, RankCursor after, int size, int newest, int common, int wide,
      int cap) {
    Instant ref = after != null ? after.ref() : Instant.now().truncatedTo(ChronoUnit.MICROS);
    int limit = size + 1;
    Uni<Chosen> chosen = after != null
        ? ranked(after.mode(), q, f, ref, after, limit, newest, wide, cap).map(c -> new Chosen(after.mode(), c))
        : candidates(q, f, ref, limit, newest, common, wide, cap);
    return chosen.flatMap(c -> {
      List<Ranked> page = c.found().page();
      boolean more = page.size() > size;
      List<Ranked> shown = more ? page.subList(0, size) : page;
      List<UUID> ids = shown.stream().map(Ranked::id).toList();
      Log.debugf("search %s: %s, %d candidates", q.any(), c.mode(), c.found().count());
      if (more) {
        Ranked last = shown.get(size - 1);
        return Uni.createFrom().item(new Found(ids, new RankCursor(c.mode(), ref, last.score(), last.id()).encode()));
      }
      if (after != null || c.mode() != Mode.ALL || q.text() == null) {
        return Uni.createFrom().item(new Found(ids, null));
      }
      // Everything the words found fits on this page: titles like what was typed (a mistyped word) follow.
      return search.similarTitles(q, f, size).map(similar -> {
        Set<UUID> all = new LinkedHashSet<>(ids);
        for (UUID id : similar) {
          if (all.size() == size) {
            break;
          }
          all.add(id);
        }
       return new Found(new ArrayList<>(all), null);
      });
    });
  }

  private record Chosen(Mode mode, Candidates found) {}

  /**
   * A first page, and the candidates its search ranks, in at most three bounded reads: when the
   * {@code newest} public reports hold {@code common} matches (a page), the query is common and
   * ranks those; else, when report_search_idx finds at most {@code cap} matches, all of them;
   * else (many matches, few recent) the matches among the {@code wide} newest.
   */
  private Uni<Chosen> candidates(SearchQuery q, PublicFilter f, Instant ref, int limit, int newest, int common,
      int wide, int cap) {
    return search.newest(q, f, ref, null, limit, newest).flatMap(recent -> recent.count() >= common
        ? Uni.createFrom().item(new Chosen(Mode.NEWEST, recent))
        : search.all(q, f, ref, null, limit, cap).flatMap(all -> all.count() <= cap
            ? Uni.createFrom().item(new Chosen(Mode.ALL, all))
            : search.newest(q, f, ref, null, limit, wide).map(w -> new Chosen(Mode.WIDE, w))));
  }

  private Uni<Candidates> ranked(Mode mode, SearchQuery q, PublicFilter f, Instant ref, RankCursor after, int limit,
      int newest, int wide, int cap) {
    return switch (mode) {
      case ALL -> search.all(q, f, ref, after, limit, cap);
      case NEWEST -> search.newest(q, f, ref, after, limit, newest);
      case WIDE -> search.newest(q, f, ref, after, limit, wide);
    };
  }

  /**
   * Public reports that may be the one a citizen is writing: the search's best matches in the
   * city and the matches in the same kelurahan or within {@value #NEAR_METERS} m, those nearby
   * first (their score doubled), newer first among equals.
   */
  public Uni<List<ReportViews.Public>> similar(SearchQuery q, String kelurahan, Double lat, Double lng, int size) {
    Instant ref = Instant.now().truncatedTo(ChronoUnit.MICROS);
    PublicFilter any = new PublicFilter(null, null, null, null, null, null, null, null, null);
    Uni<List<UUID>> city = rankedIds(q, any, null, CITY_CANDIDATES, NEWEST, CITY_CANDIDATES + 1, WIDE, ginCap).map(Found::ids);
    Uni<List<UUID>> near = kelurahan == null && lat == null ? Uni.createFrom().item(List.of())
        : search.nearby(q, kelurahan, lat, lng, NEAR_METERS, PER_PLACE);
    return city.flatMap(c -> near.map(n -> {
          Set<UUID> ids = new LinkedHashSet<>(n);
          ids.addAll(c);
          return List.copyOf(ids);
        }))
        .flatMap(ids -> search.rankSimilar(q, ids, kelurahan, lat, lng, NEAR_METERS, ref, size))
        .flatMap(ids -> Panache.withSession(() -> reports.inOrder(ids)))
        .map(rows -> rows.stream().map(mapper::toPublic).toList());
  }
}
