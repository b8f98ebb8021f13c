package id.aduan.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aduan.common.NativeReads;
import id.aduan.common.Phones;
import id.aduan.common.config.AppConfig;
import id.aduan.outbox.Outbox;
import id.aduan.outbox.OutboxEntry;
import id.aduan.report.Channel;
import id.aduan.report.ReportSubmission;
import id.aduan.report.ReportType;
import id.aduan.report.intake.ReportIntakeService;
import id.aduan.report.view.ReportReadService;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts to the short code: "ADUAN <what and where>" files a complaint, "CEK <code>" answers the
 * status of one's own report, anything else gets the instructions. Replies leave through the
 * outbox, by the gateway the text came in on; the receipt of a new report is its SUBMITTED notice.
 */
@ApplicationScoped
public class SmsService {
  /** The first word, then whatever follows it after spaces or punctuation. */
  private static final Pattern COMMAND = Pattern.compile("^([\\p{L}]+)[\\s:.,;-]*(.*)$", Pattern.DOTALL);
  private static final Set<String> STATUS_WORDS = Set.of("CEK", "STATUS");

  private final InboundMessageRepository inbound;
  private final ReportIntakeService reports;
  private final ReportReadService reading;
  private final Outbox outbox;
  private final AppConfig config;
  private final Pool pool;

  SmsService(InboundMessageRepository inbound, ReportIntakeService reports, ReportReadService reading, Outbox outbox,
      AppConfig config, Pool pool) {
    this.reading = reading;
    this.pool = pool;
    this.inbound = inbound;
    this.reports = reports;
    this.outbox = outbox;
    this.config = config;
  }

  /** What became of a text. */
  public enum Outcome {
    REPORTED, HELP, STATUS, DUPLICATE, LIMITED
  }

  /** A text as the gateway delivered it; {@code from} already as reports keep phone numbers. */
  public record Inbound(String messageId, String from, String text) {}

  /** The webhook's answer: the outcome, and the tracking code of a new report. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Result(Outcome outcome, String trackingCode) {}

  /**
   * Takes in one text once, in one transaction with the report it files and the reply it
   * sends: a repeated delivery of its message id changes nothing.
   */
  public Uni<Result> receive(String gateway, Inbound in) {
    return NativeReads.onCallerContext(pool.withTransaction(conn -> receive(conn, gateway, in)));
  }

  private Uni<Result> receive(SqlConnection conn, String gateway, Inbound in) {
    return inbound.claim(conn, "sms:" + gateway, in.messageId(), Instant.now()).flatMap(fresh -> {
      if (!fresh) {
        Log.infof("sms %s from %s via %s: a repeated delivery, ignored", in.messageId(), Phones.mask(in.from()),
            gateway);
        return Uni.createFrom().item(new Result(Outcome.DUPLICATE, null));
      }
      return handle(conn, gateway, in).invoke(r -> Log.infof("sms %s from %s via %s: %s", in.messageId(),
          Phones.mask(in.from()), gateway, r.outcome()));
    });
  }

  private Uni<Result> handle(SqlConnection conn, String gateway, Inbound in) {
    Matcher m = COMMAND.matcher(ChannelTexts.oneLine(in.text()));
    String word = m.matches() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    String rest = m.matches() ? m.group(2) : "";
    if (word.equals(config.sms().keyword().toUpperCase(Locale.ROOT))) {
      String description = ChannelTexts.description(rest);
      if (description.length() < ChannelTexts.DESCRIPTION_MIN) {
        return reply(conn, gateway, in.from(), null, tooShort()).replaceWith(new Result(Outcome.HELP, null));
      }
      return report(conn, gateway, in.from(), description);
    }
    if (STATUS_WORDS.contains(word) && !rest.isBlank()) {
      return reading.findOfPhone(conn, rest, in.from()).flatMap(found -> {
        String text = found
            .map(r -> "Laporan " + r.trackingCode() + ": " + ChannelTexts.status(r.status(), false) + ". Rincian: "
                + config.webUrl() + "/lacak/" + r.trackingCode())
            .orElse("Laporan " + ChannelTexts.oneLine(rest).toUpperCase(Locale.ROOT)
                + " tidak ditemukan untuk nomor ini. Periksa kode laporan Anda.");
        return reply(conn, gateway, in.from(), found.map(r -> r.id()).orElse(null), text);
      }).replaceWith(new Result(Outcome.STATUS, null));
    }
    return reply(conn, gateway, in.from(), null, help()).replaceWith(new Result(Outcome.HELP, null));
  }

  private Uni<Result> report(SqlConnection conn, String gateway, String phone, String description) {
    var submission = new ReportSubmission(ReportType.COMPLAINT, ChannelTexts.titleOf(description), description,
        new ReportSubmission.Contact(null, null, phone), null, null, null, null, null);
    var intake = new ReportIntakeService.Intake(Channel.SMS, "id", null, null, gateway, false);
    return reports.intake(conn, submission, intake)
        .map(receipt -> new Result(Outcome.REPORTED, receipt.trackingCode()));
  }

  private Uni<Void> reply(SqlConnection conn, String gateway, String phone, UUID reportId, String text) {
    return outbox.enqueue(conn, List.of(new Outbox.Message(OutboxEntry.Kind.SMS, phone, gateway, null, reportId,
        "chat.reply", Map.of("text", text, "language", "id"))));
  }

  private String help() {
    String k = config.sms().keyword().toUpperCase(Locale.ROOT);
    return "Untuk melapor, kirim: " + k + " <masalah dan lokasinya>, misalnya " + k
        + " jalan berlubang di depan SD Oebobo. Untuk cek status: CEK <kode laporan>.";
  }

  private String tooShort() {
    return "Laporan terlalu singkat. Tulis masalah dan lokasinya (minimal " + ChannelTexts.DESCRIPTION_MIN
        + " huruf) setelah " + config.sms().keyword().toUpperCase(Locale.ROOT) + ".";
  }
}
