package id.aduan.report.privacy;

import id.aduan.report.ReportMapper;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportViews;
import id.aduan.report.access.GuestPass;
import id.aduan.report.access.ReportAccess;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A citizen's own data on request, as Indonesia's personal data protection law (UU 27/2022)
 * gives them: all of it to take away, or erased. Erasure anonymises rather than deletes: the
 * reports stay, without who sent them, so the city's statistics and the handling history hold.
 */
@ApplicationScoped
public class PersonalDataService {
  private final ReportRepository reports;
  private final ReportMapper mapper;
  private final Pool pool;

  PersonalDataService(ReportRepository reports, ReportMapper mapper, Pool pool) {
    this.reports = reports;
    this.mapper = mapper;
    this.pool = pool;
  }

  /** What the citizen wrote: messages on their reports, supports of others'. */
  public record Message(UUID reportId, String body, Instant createdAt) {}

  public record Support(UUID reportId, Instant createdAt) {}

  /** Everything held about the account, in one document. */
  public record Export(String subject, String name, String email, List<ReportViews.Detail> reports,
      List<Message> messages, List<Support> supports) {}

  /** How much an erasure anonymised. */
  public record Erasure(int reports, int messages, int supports) {}

  @WithSession
  public Uni<Export> export(String subject, String name, String email) {
    return reports.find("reporterSubject = ?1 order by createdAt, id", subject).list().flatMap(own -> {
      UUID[] ids = own.stream().map(r -> r.id).toArray(UUID[]::new);
      Uni<List<Message>> messages = pool.preparedQuery("""
              SELECT report_id, body, created_at FROM report_message
              WHERE report_id = ANY($1) AND author_subject = $2 ORDER BY created_at, id""")
          .execute(Tuple.of(ids, subject))
          .map(rows -> list(rows, r -> new Message(r.getUUID("report_id"), r.getString("body"), at(r, "created_at"))));
      Uni<List<Support>> supports = pool.preparedQuery(
              "SELECT report_id, created_at FROM report_support WHERE subject = $1 ORDER BY created_at")
          .execute(Tuple.of(subject))
          .map(rows -> list(rows, r -> new Support(r.getUUID("report_id"), at(r, "created_at"))));
      return Uni.combine().all().unis(messages, supports).asTuple().map(t -> new Export(subject, name, email,
          own.stream().map(mapper::toDetail).toList(), t.getItem1(), t.getItem2()));
    });
  }

  /**
   * In one transaction: the account leaves its reports (and their contact data), its events,
   * messages and attachments lose their author, its supports and idempotency keys go, and
   * notices to it are dropped. Titles and descriptions stay: they are the complaint itself.
   */
  public Uni<Erasure> erase(String subject) {
    // The one change report_event's trigger lets through, and only in this transaction (V17).
    return pool.withTransaction(conn -> conn.query("SET LOCAL aduan.erasure = 'on'").execute()
        .flatMap(x -> conn.preparedQuery("SELECT id FROM report WHERE reporter_subject = $1 FOR UPDATE")
        .execute(Tuple.of(subject)))
        .flatMap(rows -> {
          UUID[] ids = list(rows, r -> r.getUUID("id")).toArray(UUID[]::new);
          Tuple both = Tuple.of(ids, subject);
          return update(conn, """
                  UPDATE report SET reporter_subject = NULL, contact_name = NULL, contact_email = NULL,
                    contact_phone = NULL, version = version + 1 WHERE id = ANY($1)""", Tuple.of((Object) ids))
              .flatMap(n -> update(conn, """
                  UPDATE report_event SET actor_subject = NULL, actor_name = NULL
                  WHERE report_id = ANY($1) AND actor_subject = $2""", both)
              .flatMap(x -> update(conn, """
                  UPDATE report_message SET author_subject = NULL, author_name = NULL
                  WHERE report_id = ANY($1) AND author_subject = $2""", both))
              .flatMap(messages -> update(conn, """
                  UPDATE attachment SET uploader_subject = NULL WHERE report_id = ANY($1) AND uploader_subject = $2""",
                  both)
              .flatMap(x -> update(conn, "DELETE FROM report_support WHERE subject = $1", Tuple.of(subject)))
              .flatMap(supports -> update(conn, "DELETE FROM report_idempotency WHERE scope = $1", Tuple.of(subject))
              .call(x -> forgetNotices(conn, ids))
              .map(x -> new Erasure(n, messages, supports)))));
        }))
        .invoke(e -> Log.infof("erasure on request: %d reports, %d messages, %d supports", e.reports(), e.messages(),
            e.supports()));
  }

  /**
   * A guest's erasure, with the PIN: the report forgets how to reach them (contact data and the
   * notices to it); they keep following it with the PIN. Citizens use {@link #erase}.
   */
  public Uni<Erasure> eraseGuestContact(UUID id, id.aduan.common.security.Caller caller, GuestPass pass) {
    if (!caller.isGuest()) {
      throw new io.quarkus.security.ForbiddenException("Citizens erase their data with POST /api/v1/me/erasure.");
    }
    ReportAccess.requireCredentials(caller, pass);
    if (!pass.opens(id)) {
      throw ReportAccess.noSuchReport();
    }
    // The pass was checked against the report's row: no session is needed to find it again.
    return pool.withTransaction(conn -> update(conn,
            "UPDATE report SET contact_name = NULL, contact_email = NULL, contact_phone = NULL,"
                + " version = version + 1 WHERE id = $1", Tuple.of(id))
        .call(n -> forgetNotices(conn, new UUID[] {id})))
        .map(n -> new Erasure(n, 0, 0));
  }

  /** Notices to the reporters of {@code ids}: those waiting are dropped, those sent forget the address. */
  private static Uni<Void> forgetNotices(SqlConnection conn, UUID[] ids) {
    Tuple reports = Tuple.of((Object) ids);
    return update(conn, "DELETE FROM outbox WHERE report_id = ANY($1) AND kind <> 'WEBHOOK' AND status <> 'SENT'",
        reports)
        .call(x -> update(conn, "UPDATE outbox SET destination = NULL WHERE report_id = ANY($1) AND kind <> 'WEBHOOK'",
            reports))
        .replaceWithVoid();
  }

  private static Uni<Integer> update(SqlConnection conn, String sql, Tuple args) {
    return conn.preparedQuery(sql).execute(args).map(io.vertx.mutiny.sqlclient.SqlResult::rowCount);
  }

  private static <T> List<T> list(Iterable<Row> rows, java.util.function.Function<Row, T> f) {
    List<T> out = new ArrayList<>();
    rows.forEach(r -> out.add(f.apply(r)));
    return out;
  }

  private static Instant at(Row r, String column) {
    return r.getOffsetDateTime(column).toInstant();
  }
}
