package id.aduan.report;

import id.aduan.common.Uuids;
import id.aduan.attachment.AttachmentService;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.common.security.Roles;
import id.aduan.officer.OfficerService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submitting and reading reports; owns the transactions. */
@ApplicationScoped
public class ReportService {
  private final ReportRepository repository;
  private final ReportEvents events;
  private final ReportEventRepository eventRepository;
  private final ReportMessageRepository messageRepository;
  private final ReportMapper mapper;
  private final OfficerService officers;
  private final AppConfig config;
  private final ReportWriter writer;
  private final AttachmentService attachmentService;
  private final com.fasterxml.jackson.databind.ObjectMapper json;
  private final Pins pins;
  private final PersonalDataReads personalDataReads;
  private final ReportSearchService search;

  ReportService(ReportRepository repository, ReportEvents events, ReportEventRepository eventRepository,
      ReportMessageRepository messageRepository, ReportMapper mapper, OfficerService officers,
      AppConfig config, ReportWriter writer,
      com.fasterxml.jackson.databind.ObjectMapper json, AttachmentService attachmentService, Pins pins,
      PersonalDataReads personalDataReads, ReportSearchService search) {
    this.search = search;
    this.personalDataReads = personalDataReads;
    this.pins = pins;
    this.attachmentService = attachmentService;
    this.writer = writer;
    this.json = json;
    this.messageRepository = messageRepository;
    this.config = config;
    this.repository = repository;
    this.events = events;
    this.eventRepository = eventRepository;
    this.mapper = mapper;
    this.officers = officers;
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
      throw new InvalidInputException("contact",
          "is only for guests: reports from an account are answered through the account");
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
      throw new InvalidInputException("channel", "must be WALK_IN, PHONE or SOCIAL_MEDIA");
    }
    String url = blankToNull(body.sourceUrl());
    if (body.channel() == Channel.SOCIAL_MEDIA && url == null) {
      throw new InvalidInputException("sourceUrl", "is required for a complaint from social media");
    }
    if (body.channel() != Channel.SOCIAL_MEDIA && url != null) {
      throw new InvalidInputException("sourceUrl", "is only for complaints from social media");
    }
    if (url != null && !isWebAddress(url)) {
      throw new InvalidInputException("sourceUrl", "must be a web address starting with https://");
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
      throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 characters, such as a UUID");
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
      throw new ConflictException("This Idempotency-Key was already used for a different report.");
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
          "is required with the other coordinate: give both or neither");
    }
    if (s.incidentDate() != null) {
      java.time.LocalDate today = java.time.LocalDate.now(config.timeZone());
      if (s.incidentDate().isAfter(today)) {
        throw new InvalidInputException("incidentDate", "cannot be in the future");
      }
      if (s.incidentDate().isBefore(today.minusYears(10))) {
        throw new InvalidInputException("incidentDate", "cannot be more than 10 years ago");
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

  @WithSession
  public Uni<ReportViews.Tracked> track(String typedCode) {
    String code = TrackingCodes.normalise(typedCode)
        .orElseThrow(() -> new NotFoundException("No report has this tracking code."));
    // A confidential report is hidden from the public, its status included; its reporter opens
    // it with the PIN or their account instead.
    return repository.findByTrackingCode(code)
        .map(r -> r == null || r.confidential ? null : r)
        .onItem().ifNull().failWith(() -> new NotFoundException("No report has this tracking code."))
        .map(mapper::toTracked);
  }

  /**
   * A report filed from this phone number (SMS), for a status question sent from that phone,
   * read in the chat's transaction on {@code conn}; empty when the code is unknown or the report
   * came from another number.
   */
  public Uni<Optional<ReportViews.OfPhone>> findOfPhone(SqlConnection conn, String typedCode, String phone) {
    var code = TrackingCodes.normalise(typedCode);
    if (code.isEmpty() || phone == null) {
      return Uni.createFrom().item(Optional.empty());
    }
    return repository.ofPhone(conn, code.get())
        .map(found -> found.filter(r -> phone.equals(r.phone())).map(r -> r.report()));
  }

  /**
   * How a caller who may see a report stands to it; an officer's agency scope comes with it,
   * so that callers need not look it up again.
   */
  public record Access(Relation relation, OfficerService.Scope scope) {
    public boolean official() {
      return relation.official();
    }
  }

  /** A report found for a caller who may see it. */
  private record Seen(Report report, Access access) {}

  /** How a caller who may see a report stands to it. */
  public enum Relation {
    REPORTER, ADMIN, SUPERVISOR, OFFICER;

    public boolean official() {
      return this != REPORTER;
    }
  }

  /**
   * A report the caller may see: their own (a citizen's token, or a guest's PIN), one ever
   * forwarded to their agency or its sub-units (officers), or any (admins and supervisors).
   */
  @WithSession
  public Uni<ReportViews.Detail> get(UUID id, Caller caller, GuestPass pass) {
    return seen(id, caller, pass).flatMap(s -> personalDataReads.logged(mapper.toDetail(s.report(),
        showsReporter(s.access().relation(), s.report()), masksPhone(s.access().relation())),
        s.access().relation(), caller, "detail"));
  }

  /** A guest opens their report with the pass their tracking code and PIN (or access key) gave. */
  @WithSession
  public Uni<ReportViews.Detail> open(GuestPass pass) {
    return repository.findById(pass.reportId())
        .onItem().ifNull().failWith(ReportService::noSuchReport)
        .map(r -> mapper.toDetail(r, true, false));
  }

  /** The history of a report the caller may see; reporters see what concerns them only. */
  @WithSession
  public Uni<Page<ReportViews.Event>> events(UUID id, Caller caller, GuestPass pass, String cursor, int size) {
    int after = EventCursor.decode(cursor);
    return seen(id, caller, pass).flatMap(s -> eventRepository.page(s.report().id, after, size + 1)
        .map(rows -> Page.of(rows, size, e -> EventCursor.encode(e.seq),
            e -> mapper.toEvent(e, events.read(e.details), s.access().official())))
        // Internal notes' events are left out for reporters (null views).
        .map(page -> new Page<>(page.items().stream().filter(java.util.Objects::nonNull).toList(),
            page.nextCursor())));
  }

  /** The messages of a report the caller may see; internal notes for officials only. */
  @WithSession
  public Uni<Page<ReportViews.Message>> messages(UUID id, Caller caller, GuestPass pass, String cursor, int size) {
    Cursor after = Cursor.decode(cursor);
    return seen(id, caller, pass).flatMap(s -> messageRepository.page(s.report().id, s.access().official(), after,
        size + 1).map(rows -> Page.of(rows, size, m -> new Cursor(m.createdAt, m.id).encode(), mapper::toMessage)));
  }

  /**
   * Verified, non-confidential reports for everyone, newest first, or with a search (a usable
   * word in {@code q}) most relevant first (ReportSearchService). The page's ids come first,
   * through the SQL client (ADR 0013), and only then a session for the rows: a session holds a
   * pooled connection, and waiting inside it for a second one starved the pool under load.
   */
  public Uni<Page<ReportViews.Public>> publicFeed(PublicFilter filter, String cursor, int size) {
    SearchQuery q = SearchQuery.parse(filter.q());
    if (q != null) {
      return search.page(q, filter, cursor, size);
    }
    Cursor after = Cursor.decode(cursor);
    return repository.publicIds(filter.withoutQuery(), after, size + 1)
        .flatMap(ids -> Panache.withSession(() -> repository.inOrder(ids)))
        .map(rows -> Page.of(rows, size, ReportService::cursorOf, mapper::toPublic));
  }

  /** A citizen supports (dukung) a public report, once; 404 for reports that are not public. */
  @WithTransaction
  public Uni<ReportViews.Public> support(UUID id, Caller caller) {
    Log.debugf("support %s", id);
    return repository.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .map(r -> r != null && isPublic(r) ? r : null)
        .onItem().ifNull().failWith(ReportService::noSuchReport)
        .flatMap(r -> repository.addSupport(r.id, caller.subject(), ReportEvents.now()).map(added -> {
          if (!added) {
            throw new ConflictException("You already support this report.");
          }
          r.supportCount++;
          return mapper.toPublic(r);
        }));
  }

  /** Whether the public sees the report: verified, not confidential, not archived or on hold. */
  public static boolean isPublic(Report r) {
    return !r.confidential && PUBLIC.contains(r.status);
  }

  /** Statuses in which a non-confidential report is public. */
  public static final java.util.Set<ReportStatus> PUBLIC = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
      ReportStatus.VERIFIED, ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED,
      ReportStatus.CLOSED));

  /** The files attached to a report the caller may see. */
  @WithSession
  public Uni<Page<ReportViews.AttachmentView>> attachments(UUID id, Caller caller, GuestPass pass) {
    return seen(id, caller, pass)
        .flatMap(s -> attachmentService.list(s.report().id))
        .map(list -> new Page<>(list.stream().map(mapper::toAttachment).toList(), null));
  }

  /** One attached file, with its bytes, of a report the caller may see. */
  @WithSession
  public Uni<AttachmentService.Download> attachment(UUID id, UUID attachmentId, Caller caller, GuestPass pass) {
    return seen(id, caller, pass).flatMap(s -> attachmentService.download(s.report().id, attachmentId));
  }

  /** The report if the caller may see it (401 without credentials, 404 exactly as if it did not exist). */
  private Uni<Seen> seen(UUID id, Caller caller, GuestPass pass) {
    requireCredentials(caller, pass);
    return repository.findById(id)
        .onItem().ifNull().failWith(ReportService::noSuchReport)
        .flatMap(r -> access(r, caller, pass).map(a -> new Seen(r, a)));
  }

  /** A guest without a pass (no PIN was sent) is told to log in (401) before anything is looked up. */
  static void requireCredentials(Caller caller, GuestPass pass) {
    if (caller.isGuest() && pass == null) {
      throw new UnauthorizedException();
    }
  }

  static NotFoundException noSuchReport() {
    return new NotFoundException("No report with this id.");
  }

  /**
   * How the caller stands to the report: fails with 404 when they may not see it, and with
   * 401 for a guest who sent no PIN.
   */
  public Uni<Access> access(Report r, Caller caller, GuestPass pass) {
    if (caller.hasRole(Roles.ADMIN)) {
      return Uni.createFrom().item(new Access(Relation.ADMIN, OfficerService.Scope.NONE));
    }
    if (caller.hasRole(Roles.SUPERVISOR)) {
      return Uni.createFrom().item(new Access(Relation.SUPERVISOR, OfficerService.Scope.NONE));
    }
    if (isOwner(caller, r)) {
      return Uni.createFrom().item(new Access(Relation.REPORTER, OfficerService.Scope.NONE));
    }
    if (caller.hasRole(Roles.OFFICER)) {
      return officers.scopeOf(caller).flatMap(scope -> repository.wasForwardedToAny(r.id, scope.agencies())
          .map(seen -> {
            if (!seen) {
              throw noSuchReport();
            }
            return new Access(Relation.OFFICER, scope);
          }));
    }
    if (caller.isGuest()) {
      if (pass == null) {
        return Uni.createFrom().failure(new UnauthorizedException());
      }
      if (!pass.opens(r.id)) {
        return Uni.createFrom().failure(noSuchReport());
      }
      return Uni.createFrom().item(new Access(Relation.REPORTER, OfficerService.Scope.NONE));
    }
    return Uni.createFrom().failure(noSuchReport());
  }

  private static boolean isOwner(Caller caller, Report r) {
    return caller.hasRole(Roles.CITIZEN) && r.reporterSubject != null && r.reporterSubject.equals(caller.subject());
  }

  /** An anonymous reporter's identity is for admins (and the reporter) only. */
  /** Phone numbers are whole for admins and the reporter only. */
  static boolean masksPhone(Relation relation) {
    return relation != Relation.ADMIN && relation != Relation.REPORTER;
  }

  static boolean showsReporter(Relation relation, Report r) {
    return !r.anonymous || relation == Relation.ADMIN || relation == Relation.REPORTER;
  }

  @WithSession
  public Uni<Page<ReportViews.Summary>> listOfReporter(String subject, Cursor after, int size) {
    return repository.pageOfReporter(subject, after, size + 1)
        .map(rows -> Page.of(rows, size, ReportService::cursorOf, mapper::toSummary));
  }

  private static String cursorOf(Report r) {
    return new Cursor(r.createdAt, r.id).encode();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
