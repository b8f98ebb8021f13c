package id.aduan.notification;

import id.aduan.common.config.AppConfig;
import id.aduan.outbox.Outbox;
import id.aduan.outbox.OutboxEntry;
import id.aduan.report.Channel;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportService;
import id.aduan.webhook.WebhookRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a report's event into the messages it causes, written to the outbox in the event's own
 * transaction: a notice to the reporter on the channel they can be reached on, and a delivery to
 * each system subscribed to the event's type.
 */
@ApplicationScoped
public class ReportNotifications {
  private final Outbox outbox;
  private final WebhookRepository webhooks;
  private final AppConfig config;

  ReportNotifications(Outbox outbox, WebhookRepository webhooks, AppConfig config) {
    this.outbox = outbox;
    this.webhooks = webhooks;
    this.config = config;
  }

  /** The webhook event type of a report event, e.g. {@code report.forwarded}. */
  public static String eventType(ReportEvent.Type type) {
    return "report." + type.name().toLowerCase(Locale.ROOT);
  }

  public Uni<Void> after(Report r, ReportEvent e, Map<String, Object> details, boolean byOfficial) {
    return messages(r, e, details, byOfficial, webhooks::subscribedTo).flatMap(all -> {
      Uni<Void> chain = Uni.createFrom().voidItem();
      for (Outbox.Message m : all) {
        chain = chain.call(x -> outbox.enqueue(m));
      }
      return chain;
    });
  }

  /** What {@link #after} writes, for a caller that writes it itself; {@code subscribers} reads the webhooks of a type. */
  public Uni<List<Outbox.Message>> messages(Report r, ReportEvent e, Map<String, Object> details, boolean byOfficial,
      Function<String, Uni<List<WebhookRepository.Subscriber>>> subscribers) {
    List<Outbox.Message> messages = new ArrayList<>();
    if (Notices.concernsReporter(e.type, details, byOfficial)) {
      Notices.Notice notice = Notices.of(e.type, r.trackingCode, link(r, e.type),
          r.language, details);
      Outbox.Message toReporter = toReporter(r, e, notice);
      if (toReporter != null) {
        messages.add(toReporter);
      }
    }
    // Internal notes and attachments stay inside; everything else is an event others may follow.
    boolean shareable = !Boolean.TRUE.equals(details.get("internal"));
    return !shareable ? Uni.createFrom().item(messages)
        : subscribers.apply(eventType(e.type)).map(subs -> {
          for (var sub : subs) {
            messages.add(new Outbox.Message(OutboxEntry.Kind.WEBHOOK, sub.url(), null, sub.id(), r.id,
                eventType(e.type), WebhookPayloads.of(e, r, details)));
          }
          return messages;
        });
  }

  /**
   * Where a notice points: the public page of a public report, which shows what the agency did
   * (and links the reporter to their own view); otherwise, and for a resolution the reporter is
   * asked to confirm, their tracking page.
   */
  String link(Report r, ReportEvent.Type type) {
    boolean publicPage = ReportService.isPublic(r) && type != ReportEvent.Type.RESOLVED;
    return config.webUrl() + (publicPage ? "/laporan-publik/" : "/lacak/") + r.trackingCode;
  }

  /** The reporter's own channel first (a text is answered by text); otherwise email, then SMS. */
  private Outbox.Message toReporter(Report r, ReportEvent e, Notices.Notice notice) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("subject", notice.subject());
    payload.put("text", notice.text());
    payload.put("language", r.language);
    String type = eventType(e.type);
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
