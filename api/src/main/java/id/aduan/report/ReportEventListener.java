package id.aduan.report;

import id.aduan.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.Map;

/**
 * What an event of a report causes outside the report (a notice to its reporter, deliveries to
 * subscribed systems), as messages that ReportEvents writes to the outbox in the event's own
 * transaction. The report package publishes its events to every listener and knows none of them,
 * so that the arrows between packages point one way (ADR 0031).
 */
public interface ReportEventListener {

  /**
   * An event as it was appended.
   *
   * @param details the event's details as given, before they were written as JSON
   * @param byOfficial whether an official (or the system) caused it
   */
  record Published(Report report, ReportEvent event, Map<String, Object> details, boolean byOfficial) {}

  /**
   * The messages {@code published} causes.
   *
   * @param conn the SQL client's transaction of a new report (ReportWriter), to read on; null
   *     inside a Hibernate transaction, where reads go through the session
   */
  Uni<List<Outbox.Message>> messages(Published published, SqlConnection conn);
}
