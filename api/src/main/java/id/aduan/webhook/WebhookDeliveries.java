package id.aduan.webhook;

import id.aduan.outbox.Outbox;
import id.aduan.outbox.OutboxEntry;
import id.aduan.report.ReportEventListener;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A report's event for each system subscribed to its type: one outbox delivery per active
 * subscription, whose body ({@link WebhookPayloads}) never names the reporter. Internal notes
 * and attachments stay inside.
 */
@ApplicationScoped
class WebhookDeliveries implements ReportEventListener {
  private final WebhookRepository subscriptions;

  WebhookDeliveries(WebhookRepository subscriptions) {
    this.subscriptions = subscriptions;
  }

  @Override
  public Uni<List<Outbox.Message>> messages(Published p, SqlConnection conn) {
    if (Boolean.TRUE.equals(p.details().get("internal"))) {
      return Uni.createFrom().item(List.of());
    }
    String type = p.event().type.publicName();
    return (conn == null ? subscriptions.subscribedTo(type) : subscriptions.subscribedTo(conn, type))
        .map(subs -> subs.stream()
            .map(sub -> new Outbox.Message(OutboxEntry.Kind.WEBHOOK, sub.url(), null, sub.id(), p.report().id, type,
                WebhookPayloads.of(p.event(), p.report(), p.details())))
            .toList());
  }
}
