package id.aduan.webhook;

import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

  /** Where an event goes: an active subscription's id and URL. */
  public record Subscriber(UUID id, String url) {}

  /**
   * Active subscriptions to {@code eventType}, read on every report event: a query in HQL, not
   * native SQL, because Hibernate Reactive 3.2 never finds a native query's plan in its cache (its
   * result mapping has no equals), so each run adds an entry under the same hash and lookups slow
   * down as the cache fills (ADR 0013). Few rows: the array test needs no index.
   */
  public Uni<List<Subscriber>> subscribedTo(String eventType) {
    return find("active = true and array_contains(eventTypes, ?1)", eventType).project(Subscriber.class).list();
  }

  /** The same, read on {@code conn}: for a new report, written through the SQL client (ADR 0024). */
  public Uni<List<Subscriber>> subscribedTo(SqlConnection conn, String eventType) {
    return conn.preparedQuery("select id, url from webhook_subscription where active and event_types @> array[$1::text]")
        .execute(Tuple.of(eventType))
        .map(rows -> {
          List<Subscriber> subs = new ArrayList<>(rows.size());
          rows.forEach(row -> subs.add(new Subscriber(row.getUUID("id"), row.getString("url"))));
          return subs;
        });
  }

  /** Newest first, keyset-paginated. */
  public Uni<List<WebhookSubscription>> page(Cursor after, int limit) {
    return after == null
        ? find("order by createdAt desc, id desc").range(0, limit - 1).list()
        : find("(createdAt < ?1 or (createdAt = ?1 and id < ?2)) order by createdAt desc, id desc", after.createdAt(),
            after.id()).range(0, limit - 1).list();
  }
}
