package id.aduan.webhook;

import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

  /** Active subscriptions to {@code eventType} (the GIN index on event_types). */
  public Uni<List<WebhookSubscription>> subscribedTo(String eventType) {
    return getSession().flatMap(s -> s.createNativeQuery(
            "select * from webhook_subscription where active and event_types @> array[cast(:type as text)]",
            WebhookSubscription.class)
        .setParameter("type", eventType).getResultList());
  }

  /** Newest first, keyset-paginated. */
  public Uni<List<WebhookSubscription>> page(Cursor after, int limit) {
    return after == null
        ? find("order by createdAt desc, id desc").range(0, limit - 1).list()
        : find("(createdAt < ?1 or (createdAt = ?1 and id < ?2)) order by createdAt desc, id desc", after.createdAt(),
            after.id()).range(0, limit - 1).list();
  }
}
