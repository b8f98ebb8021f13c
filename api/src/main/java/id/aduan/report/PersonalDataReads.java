package id.aduan.report;

import id.aduan.common.Uuids;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The log of officials shown a reporter's contact data (V16). Written before the answer leaves,
 * through the pool and outside the request's transaction: no log, no data, and a read that
 * fails later is still on record.
 */
@ApplicationScoped
public class PersonalDataReads {
  private final Pool pool;

  PersonalDataReads(Pool pool) {
    this.pool = pool;
  }

  /** One entry as admins read it. */
  public record Entry(UUID id, UUID reportId, String readerSubject, String readerName, String readerRole, String via,
      Instant at) {}

  /** Records {@code shown} when it carries a contact and the viewer is an official, not the reporter. */
  Uni<ReportViews.Detail> logged(ReportViews.Detail shown, ReportService.Relation viewer, Caller caller, String via) {
    if (shown.contact() == null || !viewer.official()) {
      return Uni.createFrom().item(shown);
    }
    return pool.preparedQuery("""
            INSERT INTO personal_data_read (id, report_id, reader_subject, reader_name, reader_role, via, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)""")
        .execute(Tuple.from(List.of(Uuids.v7(), shown.id(), caller.subject(), caller.name() == null ? "" : caller.name(),
            viewer.name(), via, Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))))
        .replaceWith(shown);
  }

  /** Newest first, optionally of one report or one official, through the matching index. */
  public Uni<Page<Entry>> page(UUID reportId, String reader, String cursor, int size) {
    Cursor after = Cursor.decode(cursor);
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder(
        "SELECT id, report_id, reader_subject, reader_name, reader_role, via, at FROM personal_data_read WHERE true");
    if (reportId != null) {
      args.add(reportId);
      sql.append(" AND report_id = $").append(args.size());
    }
    if (reader != null) {
      args.add(reader);
      sql.append(" AND reader_subject = $").append(args.size());
    }
    if (after != null) {
      args.add(after.createdAt().atOffset(ZoneOffset.UTC));
      args.add(after.id());
      sql.append(" AND (at, id) < ($").append(args.size() - 1).append(", $").append(args.size()).append(")");
    }
    args.add(size + 1);
    sql.append(" ORDER BY at DESC, id DESC LIMIT $").append(args.size());
    return pool.preparedQuery(sql.toString()).execute(Tuple.from(args)).map(rows -> {
      List<Entry> entries = new ArrayList<>();
      for (Row r : rows) {
        entries.add(new Entry(r.getUUID("id"), r.getUUID("report_id"), r.getString("reader_subject"),
            emptyToNull(r.getString("reader_name")), r.getString("reader_role"), r.getString("via"),
            r.getOffsetDateTime("at").toInstant()));
      }
      return Page.of(entries, size, e -> new Cursor(e.at(), e.id()).encode(), e -> e);
    });
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
