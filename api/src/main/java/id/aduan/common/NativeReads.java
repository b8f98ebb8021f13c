package id.aduan.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Read-only SQL that HQL cannot express (full-text search, capped materialised matches), sent
 * through the reactive SQL client instead of as a Hibernate native query. Hibernate Reactive 3.2
 * never finds a native select's plan in its plan cache (its result-set mapping has no equals), so
 * every run of a frequent one adds an entry under the same hash, and each lookup then compares
 * against all of them: 11 % of the API's CPU under load (ADR 0013). The answer comes back on the
 * caller's Vert.x context. Never call it inside a Hibernate session: the session holds one of
 * the pool's connections, and requests waiting there for a second one starved the pool at 50
 * searches/s.
 */
@ApplicationScoped
public class NativeReads {
  private final Pool pool;

  NativeReads(Pool pool) {
    this.pool = pool;
  }

  public <T> Uni<List<T>> list(Sql sql, Function<Row, T> mapper) {
    return onCallerContext(pool.preparedQuery(sql.text()).execute(Tuple.from(sql.args())).map(set -> {
      List<T> out = new ArrayList<>(set.size());
      set.forEach(row -> out.add(mapper.apply(row)));
      return out;
    }));
  }

  /**
   * {@code work}'s answer handed back on the context of whoever calls this, where the request's
   * Hibernate session and security identity live; the pool answers on a context of its own.
   */
  public static <T> Uni<T> onCallerContext(Uni<T> work) {
    Context caller = Vertx.currentContext();
    return caller == null ? work : work.emitOn(task -> caller.runOnContext(v -> task.run()));
  }

  /** SQL text with positional parameters ($1, $2, ...) appended as it is built. */
  public static final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    public Sql append(String part) {
      text.append(part);
      return this;
    }

    /** Appends the next parameter's placeholder; instants go as timestamptz. */
    public Sql param(Object value) {
      args.add(value instanceof Instant i ? SqlValues.utc(i) : value);
      text.append('$').append(args.size());
      return this;
    }

    public String text() {
      return text.toString();
    }

    public List<Object> args() {
      return args;
    }
  }
}
