package id.aduan.report.intake;

import static id.aduan.common.SqlValues.utc;

import id.aduan.category.CategoryService;
import id.aduan.common.InsertStatement;
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
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

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
  // A taken code is drawn again in this transaction: inside a chat's, a failed statement would
  // abort the chat too.
  static final InsertStatement INSERT_REPORT = InsertStatement.into("report",
      "id", "tracking_code", "type", "status", "title", "description", "channel", "reporter_subject", "contact_name",
      "contact_email", "contact_phone", "pin_hash", "anonymous", "confidential", "current_agency_id",
      "archive_reason", "duplicate_of", "verify_due_at", "follow_up_due_at", "close_due_at", "hold_started_at",
      "overdue", "escalation_level", "reopened", "category_id", "latitude", "longitude", "kecamatan_code",
      "kelurahan_code", "address", "incident_date", "support_count", "rating", "rating_comment", "language",
      "source_url", "entered_by", "client_id", "gateway", "created_at", "updated_at", "version", "public_title",
      "public_description", "public_address").followedBy("on conflict (tracking_code) do nothing");
  static final InsertStatement INSERT_EVENT = InsertStatement.into("report_event", "report_id", "seq", "type", "at",
      "actor_subject", "actor_name", "actor_role", "actor_agency_id", "from_status", "to_status", "details::jsonb");
  static final InsertStatement INSERT_FACTS = InsertStatement.into("report_facts", "report_id", "received_at",
      "received_on", "type", "channel", "status", "confidential", "agency_id", "category_id", "kecamatan_code",
      "kelurahan_code", "verify_days", "verify_met", "forwarded_at", "follow_up_days", "follow_up_met", "resolved_on",
      "resolution_days", "reopened", "rating", "hold_since", "hold_days", "step_due_at", "updated_at");

  /** Codes drawn before giving up: 5 collisions in a row mean the code space is nearly full. */
  static final int CODE_ATTEMPTS = 5;

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
    return INSERT_REPORT.execute(conn, reportRow(r)).flatMap(rows -> {
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
    return INSERT_EVENT.execute(conn, eventRow(first.event()))
        .flatMap(x -> INSERT_FACTS.execute(conn, factsRow(first.facts())))
        .flatMap(x -> outbox.enqueue(conn, first.messages()));
  }

  private static Map<String, Object> reportRow(Report r) {
    Map<String, Object> v = new HashMap<>();
    v.put("id", r.id);
    v.put("tracking_code", r.trackingCode);
    v.put("type", r.type.name());
    v.put("status", r.status.name());
    v.put("title", r.title);
    v.put("description", r.description);
    v.put("channel", r.channel.name());
    v.put("reporter_subject", r.reporterSubject);
    v.put("contact_name", PersonalDataCipher.seal(r.contactName, Report.CONTACT_NAME, r.id));
    v.put("contact_email", PersonalDataCipher.seal(r.contactEmail, Report.CONTACT_EMAIL, r.id));
    v.put("contact_phone", PersonalDataCipher.seal(r.contactPhone, Report.CONTACT_PHONE, r.id));
    v.put("pin_hash", r.pinHash);
    v.put("anonymous", r.anonymous);
    v.put("confidential", r.confidential);
    v.put("current_agency_id", r.currentAgencyId);
    v.put("archive_reason", name(r.archiveReason));
    v.put("duplicate_of", r.duplicateOf);
    v.put("verify_due_at", utc(r.verifyDueAt));
    v.put("follow_up_due_at", utc(r.followUpDueAt));
    v.put("close_due_at", utc(r.closeDueAt));
    v.put("hold_started_at", utc(r.holdStartedAt));
    v.put("overdue", r.overdue);
    v.put("escalation_level", r.escalationLevel);
    v.put("reopened", r.reopened);
    v.put("category_id", r.categoryId);
    v.put("latitude", r.latitude);
    v.put("longitude", r.longitude);
    v.put("kecamatan_code", r.kecamatanCode);
    v.put("kelurahan_code", r.kelurahanCode);
    v.put("address", r.address);
    v.put("incident_date", r.incidentDate);
    v.put("support_count", r.supportCount);
    v.put("rating", r.rating);
    v.put("rating_comment", r.ratingComment);
    v.put("language", r.language);
    v.put("source_url", r.sourceUrl);
    v.put("entered_by", r.enteredBy);
    v.put("client_id", r.clientId);
    v.put("gateway", r.gateway);
    v.put("created_at", utc(r.createdAt));
    v.put("updated_at", utc(r.updatedAt));
    v.put("version", r.version);
    v.put("public_title", r.publicTitle);
    v.put("public_description", r.publicDescription);
    v.put("public_address", r.publicAddress);
    return v;
  }

  private static Map<String, Object> eventRow(ReportEvent e) {
    Map<String, Object> v = new HashMap<>();
    v.put("report_id", e.reportId);
    v.put("seq", e.seq);
    v.put("type", e.type.name());
    v.put("at", utc(e.at));
    v.put("actor_subject", e.actorSubject);
    v.put("actor_name", e.actorName);
    v.put("actor_role", e.actorRole);
    v.put("actor_agency_id", e.actorAgencyId);
    v.put("from_status", name(e.fromStatus));
    v.put("to_status", name(e.toStatus));
    v.put("details", e.details);
    return v;
  }

  private static Map<String, Object> factsRow(ReportFacts f) {
    Map<String, Object> v = new HashMap<>();
    v.put("report_id", f.reportId);
    v.put("received_at", utc(f.receivedAt));
    v.put("received_on", f.receivedOn);
    v.put("type", f.type.name());
    v.put("channel", f.channel.name());
    v.put("status", f.status.name());
    v.put("confidential", f.confidential);
    v.put("agency_id", f.agencyId);
    v.put("category_id", f.categoryId);
    v.put("kecamatan_code", f.kecamatanCode);
    v.put("kelurahan_code", f.kelurahanCode);
    v.put("verify_days", f.verifyDays);
    v.put("verify_met", f.verifyMet);
    v.put("forwarded_at", utc(f.forwardedAt));
    v.put("follow_up_days", f.followUpDays);
    v.put("follow_up_met", f.followUpMet);
    v.put("resolved_on", f.resolvedOn);
    v.put("resolution_days", f.resolutionDays);
    v.put("reopened", f.reopened);
    v.put("rating", f.rating);
    v.put("hold_since", utc(f.holdSince));
    v.put("hold_days", f.holdDays);
    v.put("step_due_at", utc(f.stepDueAt));
    v.put("updated_at", utc(f.updatedAt));
    return v;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
