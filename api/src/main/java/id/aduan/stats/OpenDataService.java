package id.aduan.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Open data: monthly counts without confidential reports or anything personal. */
@ApplicationScoped
public class OpenDataService {
  private final Pool pool;

  OpenDataService(Pool pool) {
    this.pool = pool;
  }

  /** Per month, top-level category and kecamatan (empty codes for reports without one), from the monthly rollup. */
  public Uni<StatsViews.Monthly> monthly(YearMonth from, YearMonth to) {
    String sql = "WITH RECURSIVE roots(id, root) AS (SELECT id, id FROM category WHERE parent_id IS NULL"
        + " UNION ALL SELECT c.id, r.root FROM category c JOIN roots r ON c.parent_id = r.id)"
        + " SELECT to_char(f.month, 'YYYY-MM') AS month, coalesce(rc.code, '') AS category_code,"
        + " coalesce(rc.name, '') AS category_name, coalesce(f.kecamatan_code, '') AS kecamatan_code,"
        + " coalesce(ar.name, '') AS kecamatan_name, sum(f.received) AS received,"
        + " sum(f.resolved + f.closed) AS resolved, sum(f.archived) AS archived"
        + " FROM report_facts_monthly f LEFT JOIN roots ON roots.id = f.category_id"
        + " LEFT JOIN category rc ON rc.id = roots.root LEFT JOIN area ar ON ar.code = f.kecamatan_code"
        + " WHERE NOT f.confidential AND f.month BETWEEN $1 AND $2"
        + " GROUP BY 1, 2, 3, 4, 5 HAVING sum(f.received) > 0 ORDER BY 1, 2, 4";
    return pool.preparedQuery(sql).execute(Tuple.of(from.atDay(1), to.atDay(1))).map(rows -> {
      List<StatsViews.Month> items = new ArrayList<>();
      rows.forEach(r -> items.add(new StatsViews.Month(r.getString("month"), r.getString("category_code"),
          r.getString("category_name"), r.getString("kecamatan_code"), r.getString("kecamatan_name"),
          r.getLong("received").intValue(), r.getLong("resolved").intValue(), r.getLong("archived").intValue())));
      return new StatsViews.Monthly(from.toString(), to.toString(), items);
    });
  }
}
