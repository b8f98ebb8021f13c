package id.aduan.outbox;

import id.aduan.common.NativeReads;
import id.aduan.common.NativeReads.Sql;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** What admins see of the outbox, and their redeliveries. */
@ApplicationScoped
public class OutboxAdmin {
  private static final String COLUMNS = "id, kind, destination, gateway, subscription_id, report_id, event_type, status, "
      + "attempts, next_attempt_at, last_error, created_at, sent_at";

  private final Pool pool;
  private final NativeReads reads;
  private final OutboxSender sender;

  OutboxAdmin(Pool pool, NativeReads reads, OutboxSender sender) {
    this.pool = pool;
    this.reads = reads;
    this.sender = sender;
  }

  /** A message as admins see it; the destination is whole (admin scope). */
  public record Item(UUID id, OutboxEntry.Kind kind, String destination, String gateway, UUID subscriptionId,
      UUID reportId, String eventType, OutboxEntry.Status status, int attempts, Instant nextAttemptAt,
      String lastError, Instant createdAt, Instant sentAt) {}

  /** One status, newest first, through outbox_status_created_idx. */
  public Uni<Page<Item>> list(OutboxEntry.Status status, OutboxEntry.Kind kind, String cursor, int size) {
    Cursor after = Cursor.decode(cursor);
    Sql sql = new Sql().append("select " + COLUMNS + " from outbox where status = ").param(status.name());
    if (kind != null) {
      sql.append(" and kind = ").param(kind.name());
    }
    if (after != null) {
      sql.append(" and (created_at, id) < (").param(after.createdAt()).append(", ").param(after.id()).append(")");
    }
    sql.append(" order by created_at desc, id desc limit ").param(size + 1);
    return reads.list(sql, OutboxAdmin::item)
        .map(items -> Page.of(items, size, i -> new Cursor(i.createdAt(), i.id()).encode(), i -> i));
  }

  /** A dead message back in line; 409 for one that is not dead (pending or sent). */
  public Uni<Item> redeliver(UUID id) {
    return sender.redeliver(id).flatMap(done -> find(id).map(item -> {
      if (item == null) {
        throw new NotFoundException(Msg.of("outbox.notFound"));
      }
      if (!done) {
        throw new ConflictException(Msg.of("outbox.notDead", "status", item.status()));
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
    return new Item(r.getUUID("id"), OutboxEntry.Kind.valueOf(r.getString("kind")), OutboxEntry.destination(r),
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
