package id.aduan.report.search;

import id.aduan.common.NativeReads;
import id.aduan.common.NativeReads.Sql;
import id.aduan.report.PublicFilter;
import id.aduan.report.ReportRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Ranked full-text search of public reports (ADR 0029), through the SQL client: never call it
 * inside a Hibernate session. A search ranks a bounded set of candidates, chosen once for all its
 * pages ({@link RankCursor.Mode}): all its matches when there are at most {@code ginCap}
 * (report_search_idx), else the matches among the newest public reports (report_public_feed_idx).
 */
@ApplicationScoped
public class ReportSearchRepository {
  /** A candidate and its score: relevance times a mild recency factor, as an integer (exact in a cursor). */
  public record Ranked(UUID id, long score) {}

  /** The candidates found, at most {@code limit} of them after the cursor, and how many there were in all. */
  public record Candidates(List<Ranked> page, long count) {}

  /** ts_rank_cd's weights of D, C (category and area names), B (description) and A (title). */
  static final String WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'";
  /** Seconds in 30 days: a report's recency bonus halves over its first month. */
  static final long MONTH = 30L * 24 * 3600;

  private final NativeReads reads;
  private final Pool pool;

  ReportSearchRepository(NativeReads reads, Pool pool) {
    this.reads = reads;
    this.pool = pool;
  }

  /**
   * The best matches among the newest {@code window} public reports (the filters applied) created
   * until {@code ref}; {@code count} is how many of those rows match.
   */
  Uni<Candidates> newest(SearchQuery q, PublicFilter f, Instant ref, RankCursor after, int limit, int window) {
    Sql sql = new Sql().append("select id, score, n from (select r.id, ");
    score(sql, q, ref);
    sql.append(" as score, count(*) over () as n from (select r.id, r.created_at, r.search from report r where ");
    ReportRepository.publicWhere(sql, f, null);
    sql.append(" and r.created_at <= ").param(ref)
        .append(" order by r.created_at desc, r.id desc limit ").param(window)
        .append(") r where ts_match_vq(r.search, to_tsquery('indonesian', ").param(q.any()).append("))) x");
    return page(sql, after, limit);
  }

  /**
   * The best matches of all, read through report_search_idx, if at most {@code cap} reports
   * match; {@code count} is then their number, else {@code cap + 1}. The capped subquery has no
   * order, so it cannot be planned as a walk down the feed.
   */
  Uni<Candidates> all(SearchQuery q, PublicFilter f, Instant ref, RankCursor after, int limit, int cap) {
    Sql sql = new Sql().append("with m as materialized (select r.id, r.created_at, r.search from report r where ");
    ReportRepository.publicWhere(sql, f, null);
    sql.append(" and r.search @@ to_tsquery('indonesian', ").param(q.any()).append(") and r.created_at <= ")
        .param(ref).append(" limit ").param(cap + 1).append(") select id, score, n from (select r.id, ");
    score(sql, q, ref);
    sql.append(" as score, count(*) over () as n from m r) x");
    return page(sql, after, limit);
  }

  /**
   * Public reports whose title holds something like the query's words (pg_trgm's word
   * similarity of at least {@value #TYPO_SIMILARITY}, report_title_trgm_idx): what a search finds
   * when a word was mistyped. Most similar first, at most {@code limit}.
   */
  Uni<List<UUID>> similarTitles(SearchQuery q, PublicFilter f, int limit) {
    Sql sql = new Sql().append("select r.id from report r where ");
    ReportRepository.publicWhere(sql, f, null);
    sql.append(" and ").param(q.text()).append(" <% r.public_title order by word_similarity(").param(q.text())
        .append(", r.public_title) desc, r.created_at desc, r.id desc limit ").param(limit);
    // The index serves <% only, whose threshold is a setting (0.6 by default misses "sampha" for "sampah").
    return NativeReads.onCallerContext(pool.withTransaction(conn -> conn
        .query("set local pg_trgm.word_similarity_threshold = " + TYPO_SIMILARITY).execute()
        .flatMap(x -> conn.preparedQuery(sql.text()).execute(Tuple.from(sql.args())))
        .map(rows -> {
          List<UUID> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getUUID("id")));
          return ids;
        })));
  }

  /** How like a title's word (or words) a query's words must be to find it despite a typo. */
  static final double TYPO_SIMILARITY = 0.5;

  /**
   * Public reports near a new one that match {@code q}: among the newest {@code perPlace} of its
   * kelurahan (report_public_kelurahan_idx) and at most {@code perPlace} within {@code meters} of
   * the point (report_public_point_idx); bounded reads, whatever the place.
   */
  Uni<List<UUID>> nearby(SearchQuery q, String kelurahan, Double lat, Double lng, double meters, int perPlace) {
    Sql sql = new Sql();
    if (kelurahan != null) {
      sql.append("select w.id from (select r.id, r.search from report r where ");
      ReportRepository.publicWhere(sql, inKelurahan(kelurahan), null);
      sql.append(" order by r.kelurahan_code, r.created_at desc limit ").param(perPlace)
          .append(") w where ts_match_vq(w.search, to_tsquery('indonesian', ").param(q.any()).append("))");
    }
    if (lat != null && lng != null) {
      double dLat = meters / METERS_PER_DEGREE;
      double dLng = meters / (METERS_PER_DEGREE * Math.cos(Math.toRadians(lat)));
      sql.append(kelurahan != null ? " union " : "").append("select b.id from (select r.id, r.search from report r where ");
      ReportRepository.publicWhere(sql, inKelurahan(null), null);
      sql.append(" and r.latitude is not null and point(r.longitude, r.latitude) <@ box(point(").param(lng - dLng)
          .append(", ").param(lat - dLat).append("), point(").param(lng + dLng).append(", ").param(lat + dLat)
          .append(")) limit ").param(perPlace)
          .append(") b where ts_match_vq(b.search, to_tsquery('indonesian', ").param(q.any()).append("))");
    }
    return reads.list(sql, row -> row.getUUID("id"));
  }

  private static PublicFilter inKelurahan(String kelurahan) {
    return new PublicFilter(null, null, null, null, null, null, kelurahan, null, null);
  }

  /** Metres in one degree of latitude (and of longitude at the equator). */
  static final double METERS_PER_DEGREE = 111_320.0;

  /**
   * The {@code limit} best of {@code ids} as duplicates of a new report: their search score
   * doubled for those in the same kelurahan or within {@code meters} of the point, newest first
   * among equals.
   */
  Uni<List<UUID>> rankSimilar(SearchQuery q, List<UUID> ids, String kelurahan, Double lat, Double lng,
      double meters, Instant ref, int limit) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Sql sql = new Sql().append("select r.id from report r where r.id = any(").param(ids.toArray(UUID[]::new))
        .append(") order by ");
    score(sql, q, ref);
    sql.append(" * (case when ");
    if (kelurahan != null) {
      sql.append("r.kelurahan_code = ").param(kelurahan).append(" or ");
    }
    if (lat != null && lng != null) {
      // Equirectangular distance: exact enough within a city.
      sql.append("(r.latitude is not null and sqrt(power((r.latitude - ").param(lat).append(") * " + METERS_PER_DEGREE
          + ", 2) + power((r.longitude - ").param(lng).append(") * " + METERS_PER_DEGREE + " * cos(radians(")
          .param(lat).append(")), 2)) <= ").param(meters).append(") or ");
    }
    sql.append("false then 2 else 1 end) desc, r.created_at desc, r.id desc limit ").param(limit);
    return reads.list(sql, row -> row.getUUID("id"));
  }

  private Uni<Candidates> page(Sql sql, RankCursor after, int limit) {
    if (after != null) {
      sql.append(" where (score, id) < (").param(after.score()).append(", ").param(after.id()).append(")");
    }
    sql.append(" order by score desc, id desc limit ").param(limit);
    // n is counted before the cursor and the limit: any row of the answer carries it. No row, no count.
    return reads.list(sql, row -> new Object[] {new Ranked(row.getUUID("id"), row.getLong("score")),
            row.getLong("n")})
        .map(rows -> new Candidates(rows.stream().map(row -> (Ranked) row[0]).toList(),
            rows.isEmpty() ? 0 : (Long) rows.get(0)[1]));
  }

  /**
   * Appends a candidate's score: ts_rank_cd of the query (and of all its plain words, which puts
   * the reports holding all of them first), normalised by the log of the document's length, times
   * 1 + 0.5 / (1 + age in months at {@code ref}); {@code ref} is fixed for a search's pages, so the
   * score of a report, and its place in the order, stay the same from page to page.
   */
  static void score(Sql sql, SearchQuery q, Instant ref) {
    sql.append("round(1e9 * (ts_rank_cd(" + WEIGHTS + ", r.search, to_tsquery('indonesian', ").param(q.any())
        .append("), 1)");
    if (q.all() != null) {
      sql.append(" + ts_rank_cd(" + WEIGHTS + ", r.search, to_tsquery('indonesian', ").param(q.all())
          .append("), 1)");
    }
    sql.append(") * (1 + 0.5 / (1 + greatest(0, extract(epoch from cast(").param(ref)
        .append(" as timestamptz) - r.created_at)) / " + MONTH + ")))::bigint");
  }
}
