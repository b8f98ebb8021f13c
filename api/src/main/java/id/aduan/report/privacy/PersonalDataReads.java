package id.aduan.report.privacy;

import id.aduan.common.NativeReads;
import id.aduan.common.NativeReads.Sql;
import id.aduan.common.Uuids;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.report.ReportViews;
import id.aduan.report.access.ReportAccess;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
  private final NativeReads reads;

  PersonalDataReads(Pool pool, NativeReads reads) {
    this.pool = pool;
    this.reads = reads;
  }

  /** One entry as admins read it. */
  public record Entry(UUID id, UUID reportId, String readerSubject, String readerName, String readerRole, String via,
      Instant at) {}

  /** Records {@code shown} when it carries a contact and the viewer is an official, not the reporter. */
  public Uni<ReportViews.Detail> logged(ReportViews.Detail shown, ReportAccess.Relation viewer, Caller caller, String via) {
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
    Sql sql = new Sql().append(
        "SELECT id, report_id, reader_subject, reader_name, reader_role, via, at FROM personal_data_read WHERE true");
    if (reportId != null) {
      sql.append(" AND report_id = ").param(reportId);
    }
    if (reader != null) {
      sql.append(" AND reader_subject = ").param(reader);
    }
    if (after != null) {
      sql.append(" AND (at, id) < (").param(after.createdAt()).append(", ").param(after.id()).append(")");
    }
    sql.append(" ORDER BY at DESC, id DESC LIMIT ").param(size + 1);
    return reads.list(sql, r -> new Entry(r.getUUID("id"), r.getUUID("report_id"), r.getString("reader_subject"),
            emptyToNull(r.getString("reader_name")), r.getString("reader_role"), r.getString("via"),
            r.getOffsetDateTime("at").toInstant()))
        .map(entries -> Page.of(entries, size, e -> new Cursor(e.at(), e.id()).encode(), e -> e));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
