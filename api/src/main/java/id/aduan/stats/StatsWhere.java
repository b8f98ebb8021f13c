package id.aduan.stats;

import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A WHERE clause over {@code report_facts f} (or a rollup aliased {@code f}, which has the same
 * dimension columns) and its numbered parameters, built from a filter and a scope.
 */
final class StatsWhere {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** The reports of the filter and scope whose {@code dayColumn} is in [{@code from}, {@code to}]. */
  static StatsWhere of(StatsFilter filter, StatsScope scope, String dayColumn, LocalDate from, LocalDate to) {
    return of(filter, scope, dayColumn, List.of(new Days(from, to)));
  }

  /** As above, for the days of any of {@code ranges}. */
  static StatsWhere of(StatsFilter filter, StatsScope scope, String dayColumn, List<Days> ranges) {
    StatsWhere w = dimensions(filter, scope);
    List<String> any = new ArrayList<>();
    for (Days d : ranges) {
      any.add("f." + dayColumn + " BETWEEN " + w.param(d.from()) + " AND " + w.param(d.to()));
    }
    w.and(any.size() == 1 ? any.get(0) : "(" + String.join(" OR ", any) + ")");
    return w;
  }

  /** Days from {@code from} to {@code to}, both included. */
  record Days(LocalDate from, LocalDate to) {}

  /** Only the dimensions and the scope, for statistics of the present (the backlog). */
  static StatsWhere dimensions(StatsFilter filter, StatsScope scope) {
    StatsWhere w = new StatsWhere();
    if (scope.agencies() != null) {
      w.and("f.agency_id = ANY(" + w.param(scope.agencies().toArray(UUID[]::new)) + ")");
    }
    if (scope.publicOnly()) {
      w.and("NOT f.confidential");
    }
    if (filter.agencyId() != null) {
      w.and(filter.subAgencies()
          ? "f.agency_id IN (" + subtree("agency", w.param(filter.agencyId())) + ")"
          : "f.agency_id = " + w.param(filter.agencyId()));
    }
    if (filter.categoryId() != null) {
      w.and(filter.subCategories()
          ? "f.category_id IN (" + subtree("category", w.param(filter.categoryId())) + ")"
          : "f.category_id = " + w.param(filter.categoryId()));
    }
    if (filter.channel() != null) {
      w.and("f.channel = " + w.param(filter.channel().name()));
    }
    if (filter.type() != null) {
      w.and("f.type = " + w.param(filter.type().name()));
    }
    if (filter.kecamatanCode() != null) {
      w.and("f.kecamatan_code = " + w.param(filter.kecamatanCode()));
    }
    if (filter.kelurahanCode() != null) {
      w.and("f.kelurahan_code = " + w.param(filter.kelurahanCode()));
    }
    return w;
  }

  private static String subtree(String table, String root) {
    return "WITH RECURSIVE t(id) AS (SELECT " + root + "::uuid UNION SELECT x.id FROM " + table
        + " x JOIN t ON x.parent_id = t.id) SELECT id FROM t";
  }

  StatsWhere and(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Adds a parameter; its placeholder. */
  String param(Object value) {
    params.add(value);
    return "$" + params.size();
  }

  String sql() {
    return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
  }

  Tuple tuple() {
    return Tuple.from(params);
  }
}
