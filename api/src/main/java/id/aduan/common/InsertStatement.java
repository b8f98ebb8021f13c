package id.aduan.common;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.templates.SqlTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An insert of whole rows through the SQL client, its values named by column (SQL Client
 * Templates, {@code #{column}}) instead of counted ({@code $42}): a value cannot land in its
 * neighbour's column, and a row that misses a column or names one too many fails before it is
 * sent instead of writing null. A column written {@code name::jsonb} takes JSON text.
 */
public final class InsertStatement {
  private final Set<String> columns = new LinkedHashSet<>();
  private final String sql;

  private InsertStatement(Set<String> columns, String sql) {
    this.columns.addAll(columns);
    this.sql = sql;
  }

  private InsertStatement(String table, String... specs) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (String spec : specs) {
      String name = spec.replace("::jsonb", "");
      columns.add(name);
      names.add(name);
      values.add(spec.endsWith("::jsonb") ? "cast(#{" + name + "} as text)::jsonb" : "#{" + name + "}");
    }
    sql = "insert into " + table + " (" + String.join(", ", names) + ") values (" + String.join(", ", values) + ")";
  }

  public static InsertStatement into(String table, String... columns) {
    return new InsertStatement(table, columns);
  }

  /** The same insert with a clause after the values, such as {@code on conflict ... do nothing}. */
  public InsertStatement followedBy(String clause) {
    return new InsertStatement(columns, sql + " " + clause);
  }

  public String sql() {
    return sql;
  }

  /** One row, in the transaction of {@code conn}; the result tells how many rows were inserted. */
  public Uni<SqlResult<Void>> execute(SqlConnection conn, Map<String, Object> row) {
    check(row);
    return SqlTemplate.forUpdate(conn, sql).execute(row);
  }

  public Uni<Void> executeBatch(SqlConnection conn, List<Map<String, Object>> rows) {
    rows.forEach(this::check);
    return SqlTemplate.forUpdate(conn, sql).executeBatch(rows).replaceWithVoid();
  }

  private void check(Map<String, Object> row) {
    if (!row.keySet().equals(columns)) {
      Set<String> missing = new LinkedHashSet<>(columns);
      missing.removeAll(row.keySet());
      Set<String> extra = new LinkedHashSet<>(row.keySet());
      extra.removeAll(columns);
      throw new IllegalStateException("a row for \"" + sql.substring(0, sql.indexOf(" (")) + "\" lacks " + missing
          + " and has unknown " + extra);
    }
  }
}
