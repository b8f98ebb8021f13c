package id.aduan.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.NativeReads;
import id.aduan.common.Phones;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.limit.Rate;
import id.aduan.common.limit.SharedLimits;
import id.aduan.outbox.Outbox;
import id.aduan.outbox.OutboxEntry;
import id.aduan.report.Channel;
import id.aduan.report.ReportSubmission;
import id.aduan.report.ReportType;
import id.aduan.report.intake.ReportIntakeService;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The WhatsApp guided chat: what happened, where, an optional photo; then the report is filed
 * and the chat ends (its SUBMITTED notice tells the tracking code). State lives in
 * chat_conversation, so any API instance can take the next message; a chat left for 24 hours
 * starts over, as Meta's customer-service window closes then too.
 */
@ApplicationScoped
public class WhatsAppService {
  static final String PROVIDER = "whatsapp";
  /** The outbox step that fetches a chat's photo after its report exists (see WhatsAppTransport). */
  static final String MEDIA_EVENT = "whatsapp.media";
  static final Duration EXPIRY = Duration.ofHours(24);
  private static final Set<String> CANCEL = Set.of("BATAL", "CANCEL");
  private static final Set<String> SKIP = Set.of("LEWATI", "SKIP", "LEWAT", "TIDAK", "NO");
  private static final Set<String> ENGLISH = Set.of("EN", "ENGLISH");

  private final InboundMessageRepository inbound;
  private final ChatConversationRepository conversations;
  private final ReportIntakeService reports;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Duration replayWindow;
  private final SharedLimits limits;
  private final Rate perSender;
  private final Senders senders;
  private final Pool pool;

  WhatsAppService(InboundMessageRepository inbound, ChatConversationRepository conversations, ReportIntakeService reports,
      Outbox outbox, ObjectMapper json, AppConfig config, SharedLimits limits, Senders senders, Pool pool) {
    this.pool = pool;
    this.senders = senders;
    this.replayWindow = config.whatsapp().replayWindow();
    this.limits = limits;
    this.perSender = config.rateLimits().whatsappPerSender();
    this.inbound = inbound;
    this.conversations = conversations;
    this.reports = reports;
    this.outbox = outbox;
    this.json = json;
  }

  /** The webhook's answer: messages taken in, repeated deliveries ignored, delivery statuses seen. */
  public record Ack(int messages, int duplicates, int statuses) {}

  /** The answers of a chat so far. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Draft(String language, String description, Double latitude, Double longitude, String address,
      String mediaId) {
    boolean en() {
      return "en".equals(language);
    }
  }

  /** One incoming message, as much of it as the chat uses. */
  record Incoming(String id, String phone, String type, String text, Double latitude, Double longitude,
      String address, String mediaId) {}

  /**
   * Takes in a webhook's messages, each once and each in a transaction of its own (the SQL
   * client's, which the report a chat files joins); statuses of our
   * own messages are only counted. A sender over {@code aduan.rate-limits.whatsapp-per-sender} is
   * counted before the transaction opens (never a second connection inside it) and dropped.
   */
  public Uni<Ack> receive(JsonNode payload) {
    List<Incoming> messages = new ArrayList<>();
    int statuses = 0;
    if ("whatsapp_business_account".equals(payload.path("object").asText())) {
      for (JsonNode entry : payload.path("entry")) {
        for (JsonNode change : entry.path("changes")) {
          JsonNode value = change.path("value");
          statuses += value.path("statuses").size();
          for (JsonNode m : value.path("messages")) {
            Incoming in = incoming(m, replayWindow);
            if (in != null) {
              messages.add(in);
            }
          }
        }
      }
    }
    int[] counts = new int[2];
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Incoming in : messages) {
      // The sender as stored: the key of their chat and of their rate limit.
      var sender = new ChatConversation.Key(Channel.WHATSAPP.name(), senders.keyOf(Channel.WHATSAPP.name(), in.phone()));
      chain = chain.call(x -> limits.take("whatsapp:" + sender.sender(), perSender).flatMap(wait -> {
        if (!wait.isZero()) {
          Log.warnf("whatsapp %s from %s: over the sender's rate, dropped", in.id(), Phones.mask(in.phone()));
          return Uni.createFrom().voidItem();
        }
        return NativeReads.onCallerContext(pool.withTransaction(conn -> inbound.claim(conn, PROVIDER, in.id(),
            Instant.now()).flatMap(fresh -> {
              counts[fresh ? 0 : 1]++;
              if (!fresh) {
                Log.infof("whatsapp %s from %s: a repeated delivery, ignored", in.id(), Phones.mask(in.phone()));
                return Uni.createFrom().voidItem();
              }
              return handle(conn, in, sender);
            })));
      }));
    }
    int seen = statuses;
    return chain.map(x -> new Ack(counts[0], counts[1], seen));
  }

  private static Incoming incoming(JsonNode m, Duration replayWindow) {
    String id = m.path("id").asText("");
    long sent = m.path("timestamp").asLong(-1);
    if (sent < 0 || !Webhooks.isFresh(Instant.ofEpochSecond(sent), replayWindow, Instant.now())) {
      // Signed with the body: a message older than the window is a replay, even once its id is forgotten.
      Log.warnf("whatsapp: a message without a timestamp within the replay window, dropped");
      return null;
    }
    String phone;
    try {
      phone = Webhooks.phone(m.path("from").asText(""), "from");
    } catch (InvalidInputException e) {
      phone = null;
    }
    if (id.isBlank() || id.length() > 200 || phone == null) {
      // Meta retries what we refuse: a message we cannot use is dropped, not refused.
      Log.warnf("whatsapp: a message without a usable id or sender, dropped");
      return null;
    }
    String type = m.path("type").asText("");
    JsonNode location = m.path("location");
    return new Incoming(id, phone, type,
        type.equals("text") ? m.path("text").path("body").asText("") : null,
        type.equals("location") && location.hasNonNull("latitude") ? location.path("latitude").asDouble() : null,
        type.equals("location") && location.hasNonNull("longitude") ? location.path("longitude").asDouble() : null,
        type.equals("location") ? placeOf(location) : null,
        type.equals("image") ? blankToNull(m.path("image").path("id").asText("")) : null);
  }

  /** The name and address Meta sends with a shared place, if any. */
  private static String placeOf(JsonNode location) {
    String place = String.join(", ", java.util.stream.Stream.of(location.path("name").asText(""),
        location.path("address").asText("")).filter(s -> !s.isBlank()).toList());
    return blankToNull(place);
  }

  private Uni<Void> handle(SqlConnection conn, Incoming in, ChatConversation.Key key) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return conversations.lock(conn, key).flatMap(c -> {
      String word = in.text() == null ? "" : ChannelTexts.oneLine(in.text()).toUpperCase(Locale.ROOT);
      if (c == null || c.updatedAt.isBefore(now.minus(EXPIRY))) {
        return start(conn, key, in, word, now);
      }
      Draft d = read(c.draft);
      if (CANCEL.contains(word)) {
        Log.infof("whatsapp chat of %s: cancelled at %s", Phones.mask(in.phone()), c.step);
        return conversations.delete(conn, key)
            .call(x -> reply(conn, in.phone(), d.en() ? "Cancelled. Send any message to start again."
                : "Laporan dibatalkan. Kirim pesan apa saja untuk memulai lagi."));
      }
      c.updatedAt = now;
      // Each step saves the chat, except the one that files it and so ends it.
      return switch (c.step) {
        case DESCRIPTION -> describe(conn, c, d, in).call(x -> conversations.save(conn, c));
        case LOCATION -> locate(conn, c, d, in).call(x -> conversations.save(conn, c));
        case PHOTO -> photo(conn, c, d, in, word);
      };
    });
  }

  private Uni<Void> start(SqlConnection conn, ChatConversation.Key key, Incoming in, String word, Instant now) {
    Draft d = new Draft(ENGLISH.contains(word) ? "en" : "id", null, null, null, null, null);
    ChatConversation c = new ChatConversation(key, ChatConversation.Step.DESCRIPTION, write(d), now);
    Log.infof("whatsapp chat of %s: started", Phones.mask(in.phone()));
    return conversations.save(conn, c)
        .call(x -> reply(conn, in.phone(), d.en()
            ? "Hello, this is the city's complaint service. What happened? Describe the problem in a few words."
                + " Type CANCEL at any time to stop."
            : "Halo, ini layanan pengaduan pemerintah kota. Apa yang terjadi? Ceritakan masalahnya."
                + " Ketik BATAL kapan saja untuk membatalkan."))
        .replaceWithVoid();
  }

  private Uni<Void> describe(SqlConnection conn, ChatConversation c, Draft d, Incoming in) {
    String description = in.text() == null ? "" : ChannelTexts.description(in.text());
    if (description.length() < ChannelTexts.DESCRIPTION_MIN) {
      return reply(conn, in.phone(), d.en()
          ? "Please describe the problem in a bit more detail (at least " + ChannelTexts.DESCRIPTION_MIN
              + " characters)."
          : "Mohon ceritakan masalahnya lebih lengkap (minimal " + ChannelTexts.DESCRIPTION_MIN + " huruf).");
    }
    c.draft = write(new Draft(d.language(), description, null, null, null, null));
    c.step = ChatConversation.Step.LOCATION;
    return askWhere(conn, in.phone(), d.en());
  }

  private Uni<Void> locate(SqlConnection conn, ChatConversation c, Draft d, Incoming in) {
    if (in.latitude() != null && in.longitude() != null) {
      c.draft = write(new Draft(d.language(), d.description(), in.latitude(), in.longitude(), cut(in.address(), 300),
          null));
    } else if (in.text() != null && ChannelTexts.oneLine(in.text()).length() >= 3) {
      c.draft = write(new Draft(d.language(), d.description(), null, null, cut(ChannelTexts.oneLine(in.text()), 300),
          null));
    } else {
      return askWhere(conn, in.phone(), d.en());
    }
    c.step = ChatConversation.Step.PHOTO;
    return reply(conn, in.phone(), d.en()
        ? "Do you have a photo of it? Send one photo, or type SKIP to send the report without one."
        : "Ada foto? Kirim satu foto, atau ketik LEWATI untuk mengirim laporan tanpa foto.");
  }

  private Uni<Void> photo(SqlConnection conn, ChatConversation c, Draft d, Incoming in, String word) {
    if (in.mediaId() != null) {
      return file(conn, c, in, new Draft(d.language(), d.description(), d.latitude(), d.longitude(), d.address(),
          in.mediaId()));
    }
    if (SKIP.contains(word)) {
      return file(conn, c, in, d);
    }
    return reply(conn, in.phone(), d.en() ? "Please send a photo, or type SKIP." : "Mohon kirim foto, atau ketik LEWATI.")
        .call(x -> conversations.save(conn, c));
  }

  /** Files the report and ends the chat, in one transaction; the SUBMITTED notice answers the citizen. */
  private Uni<Void> file(SqlConnection conn, ChatConversation c, Incoming in, Draft d) {
    ReportSubmission.Location where = d.latitude() == null && d.address() == null ? null
        : new ReportSubmission.Location(d.latitude(), d.longitude(), null, null, d.address());
    var submission = new ReportSubmission(ReportType.COMPLAINT, ChannelTexts.titleOf(d.description()),
        d.description(), new ReportSubmission.Contact(null, null, in.phone()), null, where, null, null, null);
    var intake = new ReportIntakeService.Intake(Channel.WHATSAPP, d.language(), null, null, null, false);
    return reports.intake(conn, submission, intake)
        .call(receipt -> conversations.delete(conn, c.key))
        .call(receipt -> d.mediaId() == null ? Uni.createFrom().voidItem()
            : outbox.enqueue(conn, List.of(new Outbox.Message(OutboxEntry.Kind.WHATSAPP, in.phone(), null, null,
                receipt.id(), MEDIA_EVENT, Map.of("mediaId", d.mediaId())))))
        .invoke(receipt -> Log.infof("whatsapp chat of %s: filed report %s", Phones.mask(in.phone()),
            receipt.trackingCode()))
        .replaceWithVoid();
  }

  private Uni<Void> askWhere(SqlConnection conn, String phone, boolean en) {
    return reply(conn, phone, en
        ? "Where is it? Type the address or a landmark, or send a location."
        : "Di mana lokasinya? Ketik alamat atau patokan, atau kirim lokasi (Bagikan lokasi).");
  }

  private Uni<Void> reply(SqlConnection conn, String phone, String text) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("text", text);
    return outbox.enqueue(conn, List.of(new Outbox.Message(OutboxEntry.Kind.WHATSAPP, phone, null, null, null,
        "chat.reply", payload)));
  }

  private Draft read(String draft) {
    try {
      return json.readValue(draft, Draft.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chat draft is not readable", e);
    }
  }

  private String write(Draft d) {
    try {
      return json.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chat draft cannot be written", e);
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
