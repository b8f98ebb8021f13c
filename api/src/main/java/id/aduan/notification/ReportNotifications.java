package id.aduan.notification;

import id.aduan.common.config.AppConfig;
import id.aduan.outbox.Outbox;
import id.aduan.outbox.OutboxEntry;
import id.aduan.report.Channel;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEventListener;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a report's event into the notice its reporter gets, on the channel they can be reached
 * on, written to the outbox in the event's own transaction (ReportEvents). Webhooks are
 * id.aduan.webhook's listener.
 */
@ApplicationScoped
public class ReportNotifications implements ReportEventListener {
  private final AppConfig config;

  ReportNotifications(AppConfig config) {
    this.config = config;
  }

  @Override
  public Uni<List<Outbox.Message>> messages(Published p, SqlConnection conn) {
    Report r = p.report();
    ReportEvent e = p.event();
    if (!Notices.concernsReporter(e.type, p.details(), p.byOfficial())) {
      return Uni.createFrom().item(List.of());
    }
    Notices.Notice notice = Notices.of(e.type, r.trackingCode, link(r, e.type), r.language, p.details());
    Outbox.Message toReporter = toReporter(r, e, notice);
    return Uni.createFrom().item(toReporter == null ? List.of() : List.of(toReporter));
  }

  /**
   * Where a notice points: the public page of a public report, which shows what the agency did
   * (and links the reporter to their own view); otherwise, and for a resolution the reporter is
   * asked to confirm, their tracking page.
   */
  String link(Report r, ReportEvent.Type type) {
    boolean publicPage = r.isPublic() && type != ReportEvent.Type.RESOLVED;
    return config.webUrl() + (publicPage ? "/laporan-publik/" : "/lacak/") + r.trackingCode;
  }

  /** The reporter's own channel first (a text is answered by text); otherwise email, then SMS. */
  private Outbox.Message toReporter(Report r, ReportEvent e, Notices.Notice notice) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("subject", notice.subject());
    payload.put("text", notice.text());
    payload.put("language", r.language);
    String type = e.type.publicName();
    if (r.channel == Channel.WHATSAPP && r.contactPhone != null) {
      return new Outbox.Message(OutboxEntry.Kind.WHATSAPP, r.contactPhone, null, null, r.id, type, payload);
    }
    if (r.channel == Channel.SMS && r.contactPhone != null) {
      return new Outbox.Message(OutboxEntry.Kind.SMS, r.contactPhone, r.gateway, null, r.id, type, payload);
    }
    if (r.contactEmail != null) {
      return new Outbox.Message(OutboxEntry.Kind.EMAIL, r.contactEmail, null, null, r.id, type, payload);
    }
    if (r.contactPhone != null && config.sms().defaultGateway().isPresent()) {
      return new Outbox.Message(OutboxEntry.Kind.SMS, r.contactPhone, config.sms().defaultGateway().get(), null,
          r.id, type, payload);
    }
    return null;
  }
}
