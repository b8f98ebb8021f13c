package id.aduan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.config.AppConfig;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.holiday.HolidayService;
import id.aduan.holiday.WorkingCalendar;
import id.aduan.outbox.Outbox;
import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends events to a report's history, inside the caller's transaction, and applies each one
 * to the report's statistics row ({@link ReportFacts}) and, through its listeners (notices,
 * webhooks), to the outbox in that same transaction.
 */
@ApplicationScoped
public class ReportEvents {
  private final ReportEventRepository repository;
  private final ReportFactsRepository facts;
  private final HolidayService holidays;
  private final AppConfig.Deadlines deadlines;
  private final ObjectMapper json;
  private final List<ReportEventListener> listeners;
  private final Outbox outbox;

  ReportEvents(ReportEventRepository repository, ReportFactsRepository facts, HolidayService holidays,
      AppConfig config, ObjectMapper json, @All List<ReportEventListener> listeners, Outbox outbox) {
    this.listeners = listeners;
    this.outbox = outbox;
    this.repository = repository;
    this.facts = facts;
    this.holidays = holidays;
    this.deadlines = config.deadlines();
    this.json = json;
  }

  /**
   * The first event of a new report, for ReportWriter to write: the event, the statistics row,
   * and the messages, whose webhook subscribers {@code subscribers} reads.
   */
  public Uni<First> first(Report r, Caller caller, WorkingCalendar cal, SqlConnection conn) {
    ReportEvent e = event(r, 1, ReportEvent.Type.SUBMITTED, null, caller, Map.of());
    ReportFacts f = new ReportFacts();
    f.apply(e, r, cal, deadlines);
    return messages(new ReportEventListener.Published(r, e, Map.of(), isOfficial(e.actorRole)), conn)
        .map(messages -> new First(e, f, messages));
  }

  public record First(ReportEvent event, ReportFacts facts, List<Outbox.Message> messages) {}

  /** An event after a change of {@code r}, whose row the caller has locked. */
  public Uni<ReportEvent> append(Report r, ReportEvent.Type type, ReportStatus from, Caller caller,
      Map<String, Object> details) {
    return append(r, type, from, caller, null, details);
  }

  /** As above, for an officer acting for {@code actorAgency}. */
  public Uni<ReportEvent> append(Report r, ReportEvent.Type type, ReportStatus from, Caller caller, UUID actorAgency,
      Map<String, Object> details) {
    return repository.nextSeq(r.id).flatMap(seq -> {
      ReportEvent e = event(r, seq, type, from, caller, details);
      e.actorAgencyId = actorAgency;
      return repository.persist(e)
          // A report from before the facts existed gets them from its whole history, by the
          // backfill, which takes the report's row lock as this transaction does.
          .call(x -> facts.findById(r.id).flatMap(f -> f == null ? Uni.createFrom().nullItem() : record(f, e, r)))
          // What the event announces leaves through the outbox, committed with the event or not at all.
          .call(x -> messages(new ReportEventListener.Published(r, e, details, isOfficial(e.actorRole)), null)
              .call(messages -> outbox.enqueue(messages)));
    });
  }

  /** What the listeners make of an event, one after the other (they may read on the same connection). */
  private Uni<List<Outbox.Message>> messages(ReportEventListener.Published published, SqlConnection conn) {
    Uni<List<Outbox.Message>> all = Uni.createFrom().item(new java.util.ArrayList<>());
    for (ReportEventListener listener : listeners) {
      all = all.flatMap(list -> listener.messages(published, conn).map(more -> {
        list.addAll(more);
        return list;
      }));
    }
    return all;
  }

  private Uni<ReportFacts> record(ReportFacts f, ReportEvent e, Report r) {
    return holidays.calendar().flatMap(cal -> {
      f.apply(e, r, cal, deadlines);
      return facts.persist(f);
    });
  }

  private ReportEvent event(Report r, int seq, ReportEvent.Type type, ReportStatus from, Caller caller,
      Map<String, Object> details) {
    ReportEvent e = new ReportEvent();
    e.reportId = r.id;
    e.seq = seq;
    e.type = type;
    e.at = r.updatedAt;
    e.actorRole = roleOf(caller);
    e.actorSubject = Roles.SYSTEM.equals(e.actorRole) ? null : caller.subject();
    // Officials act under their name; a reporter's name is never copied into the history.
    e.actorName = isOfficial(e.actorRole) ? caller.name() : null;
    e.fromStatus = from;
    e.toStatus = r.status;
    e.details = write(details);
    return e;
  }

  public static String roleOf(Caller caller) {
    if (caller.isGuest()) {
      return "guest";
    }
    for (String role : new String[] {Roles.SYSTEM, Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.CITIZEN}) {
      if (caller.hasRole(role)) {
        return role;
      }
    }
    return "unknown";
  }

  static boolean isOfficial(String role) {
    return Roles.ADMIN.equals(role) || Roles.OFFICER.equals(role) || Roles.SUPERVISOR.equals(role)
        || Roles.SYSTEM.equals(role);
  }

  public Map<String, Object> read(String details) {
    try {
      return json.readValue(details, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report_event.details is not a JSON object", e);
    }
  }

  private String write(Map<String, Object> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event details cannot be written as JSON", e);
    }
  }

  public static Instant now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
