package id.aduan.report.intake;

import static id.aduan.common.SqlValues.utc;

import id.aduan.category.CategoryService;
import id.aduan.common.NativeReads;
import id.aduan.common.config.AppConfig;
import id.aduan.common.crypto.PersonalDataCipher;
import id.aduan.common.security.Caller;
import id.aduan.holiday.HolidayService;
import id.aduan.outbox.Outbox;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportFacts;
import id.aduan.report.TrackingCodes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * The one way a new report is written, from every channel: its row, its first event, its
 * statistics row and its messages, and the Idempotency-Key that claims it, through the reactive
 * SQL client instead of Hibernate. A submission is the API's most frequent write, and Hibernate's
 * persist, flush and dirty checking of those entities cost more CPU than PostgreSQL spent on the
 * statements (ADR 0024). The web form and Open311 write in a transaction of their own; a chat
 * joins its own transaction, so that it ends with the report it filed or not at all. The column
 * lists are every column of the tables, which ReportWriterTest checks against the schema.
 */
@ApplicationScoped
public class ReportWriter {
  static final String INSERT_REPORT = "insert into report (id, tracking_code, type, status, title, description,"
      + " channel, reporter_subject, contact_name, contact_email, contact_phone, pin_hash, anonymous, confidential,"
      + " current_agency_id, archive_reason, duplicate_of, verify_due_at, follow_up_due_at, close_due_at,"
      + " hold_started_at, overdue, escalation_level, reopened, category_id, latitude, longitude, kecamatan_code,"
      + " kelurahan_code, address, incident_date, support_count, rating, rating_comment, language, source_url,"
      + " entered_by, client_id, gateway, created_at, updated_at, version, public_title, public_description,"
      + " public_address) values ($1, $2, $3, $4, $5, $6, $7, $8,"
      + " $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29,"
      + " $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45)"
      // A taken code is drawn again in this transaction: inside a chat's, a failed statement
      // would abort the chat too.
      + " on conflict (tracking_code) do nothing";
  /** Codes drawn before giving up: 5 collisions in a row mean the code space is nearly full. */
  static final int CODE_ATTEMPTS = 5;
  static final String INSERT_EVENT = "insert into report_event (report_id, seq, type, at, actor_subject, actor_name,"
      + " actor_role, actor_agency_id, from_status, to_status, details)"
      + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, cast($11 as text)::jsonb)";
  static final String INSERT_FACTS = "insert into report_facts (report_id, received_at, received_on, type, channel,"
      + " status, confidential, agency_id, category_id, kecamatan_code, kelurahan_code, verify_days, verify_met,"
      + " forwarded_at, follow_up_days, follow_up_met, resolved_on, resolution_days, reopened, rating, hold_since,"
      + " hold_days, step_due_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,"
      + " $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)";

  private final Pool pool;
  private final ReportEvents events;
  private final HolidayService holidays;
  private final CategoryService categories;
  private final IdempotencyRepository idempotency;
  private final Outbox outbox;
  private final int verifyDays;

  ReportWriter(Pool pool, ReportEvents events, HolidayService holidays, CategoryService categories,
      IdempotencyRepository idempotency, Outbox outbox, AppConfig config) {
    this.verifyDays = config.deadlines().verify();
    this.pool = pool;
    this.events = events;
    this.holidays = holidays;
    this.categories = categories;
    this.idempotency = idempotency;
    this.outbox = outbox;
  }

  /** An Idempotency-Key as claimed: whose, the key, and the hash of the request it came with. */
  record Key(String scope, String key, String requestHash) {}

  /**
   * Writes {@code r} in a transaction of its own (its tracking code redrawn if taken, its
   * verification deadline set here), or nothing when {@code key} was claimed before: then that
   * first claim is the answer. Never inside a Hibernate session, which would hold a second
   * connection of the pool while this one waits.
   */
  Uni<IdempotencyRepository.Claim> write(Report r, Caller caller, Key key) {
    return NativeReads.onCallerContext(pool.withTransaction(conn -> write(conn, r, caller, key)));
  }

  /** As above, in the caller's transaction on {@code conn}. */
  Uni<IdempotencyRepository.Claim> write(SqlConnection conn, Report r, Caller caller, Key key) {
    return claim(conn, r, key).flatMap(earlier -> earlier != null ? Uni.createFrom().item(earlier)
        : (r.categoryId == null ? Uni.createFrom().voidItem()
            : categories.requireActive(conn, r.categoryId, "categoryId"))
            .flatMap(x -> holidays.calendar(conn))
            .flatMap(cal -> {
              r.verifyDueAt = cal.dueAfter(r.createdAt, verifyDays);
              return insertReport(conn, r, CODE_ATTEMPTS)
                  .flatMap(x -> events.first(r, caller, cal, conn));
            })
            .flatMap(first -> insertHistory(conn, first))
            .replaceWith((IdempotencyRepository.Claim) null));
  }

  private Uni<IdempotencyRepository.Claim> claim(SqlConnection conn, Report r, Key key) {
    return key == null ? Uni.createFrom().nullItem()
        : idempotency.claim(conn, key.scope(), key.key(), key.requestHash(), r.id, r.createdAt);
  }

  private Uni<Void> insertReport(SqlConnection conn, Report r, int attempts) {
    return conn.preparedQuery(INSERT_REPORT).execute(reportRow(r)).flatMap(rows -> {
      if (rows.rowCount() == 1) {
        return Uni.createFrom().voidItem();
      }
      if (attempts <= 1) {
        return Uni.createFrom().failure(new IllegalStateException(
            "no free tracking code after " + CODE_ATTEMPTS + " attempts"));
      }
      r.trackingCode = TrackingCodes.next();
      return insertReport(conn, r, attempts - 1);
    });
  }

  /** The first event, the statistics row and the messages, which name the report's final code. */
  private Uni<Void> insertHistory(SqlConnection conn, ReportEvents.First first) {
    return conn.preparedQuery(INSERT_EVENT).execute(eventRow(first.event()))
        .flatMap(x -> conn.preparedQuery(INSERT_FACTS).execute(factsRow(first.facts())))
        .flatMap(x -> outbox.enqueue(conn, first.messages()));
  }

  private static Tuple reportRow(Report r) {
    return Tuple.from(Arrays.asList(r.id, r.trackingCode, r.type.name(), r.status.name(), r.title, r.description,
        r.channel.name(), r.reporterSubject, PersonalDataCipher.seal(r.contactName, Report.CONTACT_NAME, r.id),
        PersonalDataCipher.seal(r.contactEmail, Report.CONTACT_EMAIL, r.id),
        PersonalDataCipher.seal(r.contactPhone, Report.CONTACT_PHONE, r.id), r.pinHash, r.anonymous,
        r.confidential, r.currentAgencyId, name(r.archiveReason), r.duplicateOf, utc(r.verifyDueAt),
        utc(r.followUpDueAt), utc(r.closeDueAt), utc(r.holdStartedAt), r.overdue, r.escalationLevel, r.reopened,
        r.categoryId, r.latitude, r.longitude, r.kecamatanCode, r.kelurahanCode, r.address, r.incidentDate,
        r.supportCount, r.rating, r.ratingComment, r.language, r.sourceUrl, r.enteredBy, r.clientId, r.gateway,
        utc(r.createdAt), utc(r.updatedAt), r.version, r.publicTitle, r.publicDescription, r.publicAddress));
  }

  private static Tuple eventRow(ReportEvent e) {
    return Tuple.from(Arrays.asList(e.reportId, e.seq, e.type.name(), utc(e.at), e.actorSubject, e.actorName,
        e.actorRole, e.actorAgencyId, name(e.fromStatus), name(e.toStatus), e.details));
  }

  private static Tuple factsRow(ReportFacts f) {
    return Tuple.from(Arrays.asList(f.reportId, utc(f.receivedAt), f.receivedOn, f.type.name(), f.channel.name(),
        f.status.name(), f.confidential, f.agencyId, f.categoryId, f.kecamatanCode, f.kelurahanCode, f.verifyDays,
        f.verifyMet, utc(f.forwardedAt), f.followUpDays, f.followUpMet, f.resolvedOn, f.resolutionDays, f.reopened,
        f.rating, utc(f.holdSince), f.holdDays, utc(f.stepDueAt), utc(f.updatedAt)));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
