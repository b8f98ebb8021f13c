package id.aduan.report.intake;

import id.aduan.common.Uuids;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.report.Channel;
import id.aduan.report.Report;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportSubmission;
import id.aduan.report.ReportViews;
import id.aduan.report.TrackingCodes;
import id.aduan.report.access.Pins;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A new report from any channel, checked and handed to the one writer (ReportWriter, ADR 0031):
 * the web form, an official's desk, Open311 and the chats.
 */
@ApplicationScoped
public class ReportIntakeService {
  private final ReportRepository repository;
  private final ReportMapper mapper;
  private final AppConfig config;
  private final ReportWriter writer;
  private final com.fasterxml.jackson.databind.ObjectMapper json;
  private final Pins pins;

  ReportIntakeService(ReportRepository repository, ReportMapper mapper, AppConfig config, ReportWriter writer,
      com.fasterxml.jackson.databind.ObjectMapper json, Pins pins) {
    this.repository = repository;
    this.mapper = mapper;
    this.config = config;
    this.writer = writer;
    this.json = json;
    this.pins = pins;
  }

  /**
   * A citizen's or a guest's new report; a guest's receipt carries the one-time PIN. With an
   * Idempotency-Key, a retry returns the first report instead of a second one; a guest's PIN
   * is then replaced by a fresh one, since the first may never have reached them. Notices
   * reach them in {@code language} ("id" or "en"), the one their browser asked for.
   */
  public Uni<ReportViews.Receipt> submit(@Valid @NotNull ReportSubmission submission, @NotNull Caller caller,
      String idempotencyKey, String language) {
    Log.debugf("submit type=%s guest=%s", submission.type(), caller.isGuest());
    if (!caller.isGuest() && !caller.hasRole(Roles.CITIZEN)) {
      throw new ForbiddenException();
    }
    if (!caller.isGuest() && submission.contact() != null) {
      throw new InvalidInputException("contact", Msg.of("report.contact.guestsOnly"));
    }
    Intake web = new Intake(Channel.WEB, language, null, null, caller.isGuest());
    return insert(submission, web, caller, idempotencyKey);
  }

  /**
   * How a report that did not come from the web form came in.
   *
   * @param language the reporter's language, "id" or "en" (null: "id")
   * @param gateway the SMS gateway a text came through, which carries the replies
   * @param issuePin whether the reporter gets a PIN to open the report on the web
   */
  public record Intake(Channel channel, String language, String sourceUrl, UUID clientId, String gateway,
      boolean issuePin) {
    public Intake(Channel channel, String language, String sourceUrl, UUID clientId, boolean issuePin) {
      this(channel, language, sourceUrl, clientId, null, issuePin);
    }
  }

  /**
   * A report from an application (Open311), in a transaction of its own; the reporter is a
   * guest, reached through the contact given.
   */
  public Uni<ReportViews.Receipt> intake(@Valid @NotNull ReportSubmission submission, @NotNull Intake intake) {
    Log.debugf("intake channel=%s type=%s", intake.channel(), submission.type());
    checkWhereAndWhen(submission);
    return withPin(intake, pinHash -> {
      Report report = newReport(submission, intake, Caller.GUEST, pinHash);
      return writer.write(report, Caller.GUEST, null).replaceWith(report);
    });
  }

  /**
   * A report from a chat (SMS, WhatsApp), in the chat's transaction on {@code conn}, so that the
   * chat is closed with the report it filed or not at all.
   */
  public Uni<ReportViews.Receipt> intake(@NotNull SqlConnection conn, @Valid @NotNull ReportSubmission submission,
      @NotNull Intake intake) {
    Log.debugf("intake channel=%s type=%s", intake.channel(), submission.type());
    checkWhereAndWhen(submission);
    return withPin(intake, pinHash -> {
      Report report = newReport(submission, intake, Caller.GUEST, pinHash);
      return writer.write(conn, report, Caller.GUEST, null).replaceWith(report);
    });
  }

  /**
   * An official enters a complaint received at the counter, by phone or from social media. The
   * complainant gets the PIN (the official hands it over); the official is in the history only.
   */
  public Uni<ReportViews.Receipt> enterForComplainant(@Valid @NotNull AssistedReport body, @NotNull Caller caller,
      String idempotencyKey) {
    if (!body.channel().enteredByOfficial()) {
      throw new InvalidInputException("channel", Msg.of("report.assisted.channel"));
    }
    String url = blankToNull(body.sourceUrl());
    if (body.channel() == Channel.SOCIAL_MEDIA && url == null) {
      throw new InvalidInputException("sourceUrl", Msg.of("report.assisted.sourceUrl.required"));
    }
    if (body.channel() != Channel.SOCIAL_MEDIA && url != null) {
      throw new InvalidInputException("sourceUrl", Msg.of("report.assisted.sourceUrl.onlySocialMedia"));
    }
    if (url != null && !isWebAddress(url)) {
      throw new InvalidInputException("sourceUrl", Msg.of("validation.httpsAddress"));
    }
    Intake intake = new Intake(body.channel(), body.language(), url, null, true);
    return insert(body.report(), intake, caller, idempotencyKey);
  }

  private static boolean isWebAddress(String url) {
    try {
      java.net.URI uri = new java.net.URI(url);
      return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** A report of the web form or an official's desk, in a transaction of its own (ReportWriter). */
  private Uni<ReportViews.Receipt> insert(ReportSubmission submission, Intake intake, Caller caller,
      String idempotencyKey) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
      throw new InvalidInputException("Idempotency-Key", Msg.of("report.idempotencyKey.format"));
    }
    checkWhereAndWhen(submission);
    ReportWriter.Key key = idempotencyKey == null ? null
        : new ReportWriter.Key(caller.isGuest() ? "guest" : caller.subject(), idempotencyKey.strip(),
            requestHash(submission));
    return withPin(intake, pinHash -> writeOnce(submission, intake, caller, pinHash, key));
  }

  /**
   * The PIN, when the reporter gets one, is returned once, in the receipt, with the access key
   * that opens the report even while guesses of its PIN are held back (ADR 0025). Its hash is an
   * HMAC under the pepper: cheap enough for the event loop.
   */
  private Uni<ReportViews.Receipt> withPin(Intake intake, java.util.function.Function<String, Uni<Report>> write) {
    String pin = intake.issuePin() ? Pins.next() : null;
    return write.apply(pin == null ? null : pins.hash(pin))
        .map(report -> mapper.toReceipt(report, pin, pin == null ? null : pins.accessKey(report.id)));
  }

  private Uni<Report> writeOnce(ReportSubmission submission, Intake intake, Caller caller, String pinHash,
      ReportWriter.Key key) {
    Report report = newReport(submission, intake, caller, pinHash);
    return writer.write(report, caller, key)
        .flatMap(earlier -> earlier == null ? Uni.createFrom().item(report)
            : Panache.withTransaction(() -> replay(earlier, key.requestHash(), pinHash)));
  }

  private Uni<Report> replay(IdempotencyRepository.Claim claim, String requestHash, String pinHash) {
    if (!claim.requestHash().equals(requestHash)) {
      throw new ConflictException(Msg.of("report.idempotencyKey.reused"));
    }
    // Locked: concurrent retries of one submission rotate the PIN one after the other.
    return repository.findById(claim.reportId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).map(r -> {
      if (r.pinHash != null && pinHash != null) {
        r.pinHash = pinHash;
      }
      return r;
    });
  }

  /** Rules across fields, and "today" in the city's time zone rather than the server's. */
  private void checkWhereAndWhen(ReportSubmission s) {
    var where = s.location();
    if (where != null && (where.latitude() == null) != (where.longitude() == null)) {
      throw new InvalidInputException(where.latitude() == null ? "location.latitude" : "location.longitude",
          Msg.of("report.location.bothCoordinates"));
    }
    if (s.incidentDate() != null) {
      java.time.LocalDate today = java.time.LocalDate.now(config.timeZone());
      if (s.incidentDate().isAfter(today)) {
        throw new InvalidInputException("incidentDate", Msg.of("report.incidentDate.future"));
      }
      if (s.incidentDate().isBefore(today.minusYears(10))) {
        throw new InvalidInputException("incidentDate", Msg.of("report.incidentDate.tooOld"));
      }
    }
  }

  private String requestHash(ReportSubmission submission) {
    try {
      byte[] body = json.writeValueAsBytes(submission);
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash a submission", e);
    }
  }

  static Report newReport(ReportSubmission s, Intake intake, Caller caller, String pinHash) {
    Report r = new Report();
    r.id = Uuids.v7();
    r.trackingCode = TrackingCodes.next();
    r.type = s.type();
    r.status = ReportStatus.SUBMITTED;
    r.title = s.title().strip();
    r.description = s.description().strip();
    r.channel = intake.channel();
    r.language = intake.language() == null ? "id" : intake.language();
    r.sourceUrl = intake.sourceUrl();
    r.clientId = intake.clientId();
    r.gateway = intake.gateway();
    r.categoryId = s.categoryId();
    if (s.location() != null) {
      r.latitude = s.location().latitude();
      r.longitude = s.location().longitude();
      r.kecamatanCode = blankToNull(s.location().kecamatanCode());
      r.kelurahanCode = blankToNull(s.location().kelurahanCode());
      r.address = blankToNull(s.location().address());
    }
    r.incidentDate = s.incidentDate();
    r.maskPublicText();
    // The reporter's own choice; an admin may still change either flag when verifying.
    r.anonymous = Boolean.TRUE.equals(s.anonymous());
    r.confidential = Boolean.TRUE.equals(s.confidential());
    if (intake.channel() != Channel.WEB) {
      // Someone else's report: the reporter is reached through the contact given, and an
      // official who typed it in is recorded as such, never as the reporter.
      if (s.contact() != null) {
        r.contactName = blankToNull(s.contact().name());
        r.contactEmail = blankToNull(s.contact().email());
        r.contactPhone = blankToNull(s.contact().phone());
      }
      r.pinHash = pinHash;
      r.enteredBy = caller.isGuest() ? null : caller.subject();
    } else if (caller.isGuest()) {
      if (s.contact() != null) {
        r.contactName = blankToNull(s.contact().name());
        r.contactEmail = blankToNull(s.contact().email());
        r.contactPhone = blankToNull(s.contact().phone());
      }
      r.pinHash = pinHash;
    } else {
      r.reporterSubject = caller.subject();
      r.contactName = caller.name();
      r.contactEmail = caller.email();
    }
    r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    r.updatedAt = r.createdAt;
    return r;
  }


  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
