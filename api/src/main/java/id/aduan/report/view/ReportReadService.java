package id.aduan.report.view;

import id.aduan.attachment.AttachmentService;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.report.EventCursor;
import id.aduan.report.ReportEventRepository;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportMessageRepository;
import id.aduan.report.ReportRepository;
import id.aduan.report.ReportViews;
import id.aduan.report.TrackingCodes;
import id.aduan.report.access.GuestPass;
import id.aduan.report.access.ReportAccess;
import id.aduan.report.privacy.PersonalDataReads;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading a report as the caller may: its detail, history, messages and files, a reporter's own
 * list, and the public tracking page; who may see what is ReportAccess's to say.
 */
@ApplicationScoped
public class ReportReadService {
  private final ReportRepository repository;
  private final ReportEvents events;
  private final ReportEventRepository eventRepository;
  private final ReportMessageRepository messageRepository;
  private final ReportMapper mapper;
  private final AttachmentService attachmentService;
  private final PersonalDataReads personalDataReads;
  private final ReportAccess access;

  ReportReadService(ReportRepository repository, ReportEvents events, ReportEventRepository eventRepository,
      ReportMessageRepository messageRepository, ReportMapper mapper, AttachmentService attachmentService,
      PersonalDataReads personalDataReads, ReportAccess access) {
    this.repository = repository;
    this.events = events;
    this.eventRepository = eventRepository;
    this.messageRepository = messageRepository;
    this.mapper = mapper;
    this.attachmentService = attachmentService;
    this.personalDataReads = personalDataReads;
    this.access = access;
  }

  @WithSession
  public Uni<ReportViews.Tracked> track(String typedCode) {
    String code = TrackingCodes.normalise(typedCode)
        .orElseThrow(() -> new NotFoundException(Msg.of("report.trackingCode.notFound")));
    // A confidential report is hidden from the public, its status included; its reporter opens
    // it with the PIN or their account instead.
    return repository.findByTrackingCode(code)
        .map(r -> r == null || r.confidential ? null : r)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("report.trackingCode.notFound")))
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
   * A report the caller may see: their own (a citizen's token, or a guest's PIN), one ever
   * forwarded to their agency or its sub-units (officers), or any (admins and supervisors).
   */
  @WithSession
  public Uni<ReportViews.Detail> get(UUID id, Caller caller, GuestPass pass) {
    return access.seen(id, caller, pass).flatMap(s -> personalDataReads.logged(mapper.toDetail(s.report(),
        ReportAccess.showsReporter(s.access().relation(), s.report()), ReportAccess.masksPhone(s.access().relation())),
        s.access().relation(), caller, "detail"));
  }

  /** A guest opens their report with the pass their tracking code and PIN (or access key) gave. */
  @WithSession
  public Uni<ReportViews.Detail> open(GuestPass pass) {
    return repository.findById(pass.reportId())
        .onItem().ifNull().failWith(ReportAccess::noSuchReport)
        .map(r -> mapper.toDetail(r, true, false));
  }

  /** The history of a report the caller may see; reporters see what concerns them only. */
  @WithSession
  public Uni<Page<ReportViews.Event>> events(UUID id, Caller caller, GuestPass pass, String cursor, int size) {
    int after = EventCursor.decode(cursor);
    return access.seen(id, caller, pass).flatMap(s -> eventRepository.page(s.report().id, after, size + 1)
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
    return access.seen(id, caller, pass).flatMap(s -> messageRepository.page(s.report().id, s.access().official(), after,
        size + 1).map(rows -> Page.of(rows, size, m -> new Cursor(m.createdAt, m.id).encode(), mapper::toMessage)));
  }


  /** The files attached to a report the caller may see. */
  @WithSession
  public Uni<Page<ReportViews.AttachmentView>> attachments(UUID id, Caller caller, GuestPass pass) {
    return access.seen(id, caller, pass)
        .flatMap(s -> attachmentService.list(s.report().id))
        .map(list -> new Page<>(list.stream().map(mapper::toAttachment).toList(), null));
  }

  /** One attached file, with its bytes, of a report the caller may see. */
  @WithSession
  public Uni<AttachmentService.Download> attachment(UUID id, UUID attachmentId, Caller caller, GuestPass pass) {
    return access.seen(id, caller, pass).flatMap(s -> attachmentService.download(s.report().id, attachmentId));
  }


  @WithSession
  public Uni<Page<ReportViews.Summary>> listOfReporter(String subject, Cursor after, int size) {
    return repository.pageOfReporter(subject, after, size + 1)
        .map(rows -> Page.of(rows, size, ReportRepository::cursorOf, mapper::toSummary));
  }

}
