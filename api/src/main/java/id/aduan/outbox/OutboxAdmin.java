package id.aduan.outbox;

import id.aduan.common.error.ConflictException;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What admins see of the outbox, and their redeliveries. */
@ApplicationScoped
public class OutboxAdmin {
  private static final String COLUMNS = "id, kind, destination, gateway, subscription_id, report_id, event_type, status, "
      + "attempts, next_attempt_at, last_error, created_at, sent_at";

  private final Pool pool;
  private final OutboxSender sender;

  OutboxAdmin(Pool pool, OutboxSender sender) {
    this.pool = pool;
    this.sender = sender;
  }

  /** A message as admins see it; the destination is whole (admin scope). */
  public record Item(UUID id, OutboxEntry.Kind kind, String destination, String gateway, UUID subscriptionId,
      UUID reportId, String eventType, OutboxEntry.Status status, int attempts, Instant nextAttemptAt,
      String lastError, Instant createdAt, Instant sentAt) {}

  /** One status, newest first, through outbox_status_created_idx. */
  public Uni<Page<Item>> list(OutboxEntry.Status status, OutboxEntry.Kind kind, String cursor, int size) {
    Cursor after = Cursor.decode(cursor);
    List<Object> args = new ArrayList<>(List.of(status.name()));
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from outbox where status = $1");
    if (kind != null) {
      args.add(kind.name());
      sql.append(" and kind = $").append(args.size());
    }
    if (after != null) {
      args.add(after.createdAt().atOffset(ZoneOffset.UTC));
      args.add(after.id());
      sql.append(" and (created_at, id) < ($").append(args.size() - 1).append(", $").append(args.size()).append(")");
    }
    args.add(size + 1);
    sql.append(" order by created_at desc, id desc limit $").append(args.size());
    return pool.preparedQuery(sql.toString()).execute(Tuple.from(args)).map(rows -> {
      List<Item> items = new ArrayList<>();
      rows.forEach(r -> items.add(item(r)));
      return Page.of(items, size, i -> new Cursor(i.createdAt(), i.id()).encode(), i -> i);
    });
  }

  /** A dead message back in line; 409 for one that is not dead (pending or sent). */
  public Uni<Item> redeliver(UUID id) {
    return sender.redeliver(id).flatMap(done -> find(id).map(item -> {
      if (item == null) {
        throw new NotFoundException("No outgoing message with this id.");
      }
      if (!done) {
        throw new ConflictException("Only a dead message can be sent again; this one is " + item.status() + ".");
      }
      return item;
    }));
  }

  private Uni<Item> find(UUID id) {
    return pool.preparedQuery("select " + COLUMNS + " from outbox where id = $1").execute(Tuple.of(id))
        .map(rows -> rows.iterator().hasNext() ? item(rows.iterator().next()) : null);
  }

  private static Item item(Row r) {
    OutboxEntry.Status status = OutboxEntry.Status.valueOf(r.getString("status"));
    return new Item(r.getUUID("id"), OutboxEntry.Kind.valueOf(r.getString("kind")), r.getString("destination"),
        r.getString("gateway"), r.getUUID("subscription_id"), r.getUUID("report_id"), r.getString("event_type"),
        status, r.getInteger("attempts"),
        status == OutboxEntry.Status.PENDING ? instant(r, "next_attempt_at") : null, r.getString("last_error"),
        instant(r, "created_at"), instant(r, "sent_at"));
  }

  private static Instant instant(Row r, String column) {
    var t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }
}
