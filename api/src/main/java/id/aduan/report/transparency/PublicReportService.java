package id.aduan.report.transparency;

import id.aduan.agency.AgencyRepository;
import id.aduan.area.AreaRepository;
import id.aduan.attachment.Attachment;
import id.aduan.attachment.AttachmentService;
import id.aduan.category.CategoryRepository;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.privacy.PersonalDataDetector;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportEventRepository;
import id.aduan.report.ReportEvents;
import id.aduan.report.ReportMapper;
import id.aduan.report.ReportMessage;
import id.aduan.report.ReportMessageRepository;
import id.aduan.report.ReportRepository;
import id.aduan.report.TrackingCodes;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public page of a report (issue 21): for a verified, non-confidential report, what the
 * government did about it, to anyone without a login or PIN. Every text on it is masked
 * (PersonalDataDetector) and no official is named; any other report is 404, as one that does not exist.
 */
@ApplicationScoped
public class PublicReportService {
  /** The steps a page shows; a report with more keeps its oldest (the page says it was cut). */
  static final int MAX_STEPS = 200;

  private static final Set<ReportEvent.Type> PUBLIC_EVENTS = EnumSet.of(ReportEvent.Type.SUBMITTED,
      ReportEvent.Type.VERIFIED, ReportEvent.Type.FORWARDED, ReportEvent.Type.FOLLOWED_UP, ReportEvent.Type.RESOLVED,
      ReportEvent.Type.ESCALATED, ReportEvent.Type.CLOSED, ReportEvent.Type.CONFIRMED, ReportEvent.Type.DISPUTED);
  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final ReportRepository reports;
  private final ReportEventRepository eventRepository;
  private final ReportMessageRepository messages;
  private final ReportEvents events;
  private final AttachmentService attachments;
  private final AgencyRepository agencies;
  private final CategoryRepository categories;
  private final AreaRepository areas;

  PublicReportService(ReportRepository reports, ReportEventRepository eventRepository, ReportMessageRepository messages,
      ReportEvents events, AttachmentService attachments, AgencyRepository agencies, CategoryRepository categories,
      AreaRepository areas) {
    this.reports = reports;
    this.eventRepository = eventRepository;
    this.messages = messages;
    this.events = events;
    this.attachments = attachments;
    this.agencies = agencies;
    this.categories = categories;
    this.areas = areas;
  }

  @WithSession
  public Uni<PublicViews.Detail> page(String ref) {
    return find(ref).flatMap(r -> eventRepository.ofTypes(r.id, PUBLIC_EVENTS, MAX_STEPS + 1)
        .map(rows -> rows.stream().map(e -> new Read(e, events.read(e.details))).toList())
        .flatMap(evs -> messages.officialReplies(r.id, MAX_STEPS + 1)
            .flatMap(replies -> attachments.published(r.id)
                .flatMap(photos -> names(r, evs, replies)
                    .map(names -> build(r, evs, replies, photos, names))))));
  }

  /** A published photo of a public report, with its bytes; 404 otherwise. */
  @WithSession
  public Uni<AttachmentService.Download> photo(String ref, UUID attachmentId) {
    return find(ref).flatMap(r -> attachments.published(r.id).flatMap(photos -> {
      if (photos.stream().noneMatch(a -> a.id.equals(attachmentId))) {
        return Uni.createFrom().failure(new NotFoundException(Msg.of("report.public.photoNotFound")));
      }
      return attachments.download(r.id, attachmentId);
    }));
  }

  /** The report by id or tracking code, if the public may see it. */
  @WithSession
  public Uni<Report> find(String ref) {
    Uni<Report> found;
    if (ref != null && UUID_SHAPE.matcher(ref).matches()) {
      found = reports.findById(UUID.fromString(ref));
    } else {
      Optional<String> code = TrackingCodes.normalise(ref);
      found = code.isEmpty() ? Uni.createFrom().nullItem() : reports.findByTrackingCode(code.get());
    }
    return found.map(r -> r != null && r.isPublic() ? r : null)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("report.public.notFound")));
  }

  /** An event with its details, parsed once for the names and the steps. */
  private record Read(ReportEvent event, Map<String, Object> details) {}

  /** The agency a FORWARDED event sent the report to. */
  private static UUID forwardedTo(Map<String, Object> details) {
    Object id = details.get("agencyId");
    return id == null ? null : UUID.fromString(id.toString());
  }

  /** The names of the agencies, category and areas the page mentions, each read once. */
  private record Names(Map<UUID, String> agencies, String category, Map<String, String> areas) {}

  private Uni<Names> names(Report r, List<Read> evs, List<ReportMessage> replies) {
    Set<UUID> agencyIds = new HashSet<>();
    if (r.currentAgencyId != null) {
      agencyIds.add(r.currentAgencyId);
    }
    evs.forEach(read -> {
      ReportEvent e = read.event();
      if (e.actorAgencyId != null) {
        agencyIds.add(e.actorAgencyId);
      }
      UUID forwarded = e.type == ReportEvent.Type.FORWARDED ? forwardedTo(read.details()) : null;
      if (forwarded != null) {
        agencyIds.add(forwarded);
      }
    });
    replies.forEach(m -> {
      if (m.authorAgencyId != null) {
        agencyIds.add(m.authorAgencyId);
      }
    });
    List<String> codes = new ArrayList<>();
    if (r.kecamatanCode != null) {
      codes.add(r.kecamatanCode);
    }
    if (r.kelurahanCode != null) {
      codes.add(r.kelurahanCode);
    }
    Uni<Map<UUID, String>> agencyNames = agencyIds.isEmpty() ? Uni.createFrom().item(Map.of())
        : agencies.list("id in ?1", agencyIds).map(list -> list.stream().collect(Collectors.toMap(a -> a.id, a -> a.name)));
    Uni<String> category = r.categoryId == null ? Uni.createFrom().nullItem()
        : categories.findById(r.categoryId).map(c -> c == null ? null : c.name);
    Uni<Map<String, String>> areaNames = codes.isEmpty() ? Uni.createFrom().item(Map.of())
        : areas.list("code in ?1", codes).map(list -> list.stream().collect(Collectors.toMap(a -> a.code, a -> a.name)));
    // One session runs one query at a time: in sequence.
    return agencyNames.flatMap(a -> category.flatMap(c -> areaNames.map(n -> new Names(a, c, n))));
  }

  private PublicViews.Detail build(Report r, List<Read> evs, List<ReportMessage> replies, List<Attachment> photos,
      Names names) {
    Function<UUID, String> agencyName = id -> id == null ? null : names.agencies().get(id);
    Function<String, String> areaName = code -> code == null ? null : names.areas().get(code);
    List<PublicViews.Step> steps = new ArrayList<>();
    Instant verifiedAt = null;
    Instant forwardedAt = null;
    Instant resolvedAt = null;
    Instant closedAt = null;
    String resolution = null;
    for (Read read : evs) {
      ReportEvent e = read.event();
      Map<String, Object> d = read.details();
      UUID agency = e.actorAgencyId;
      String text = null;
      Integer rating = null;
      switch (e.type) {
        case VERIFIED -> verifiedAt = verifiedAt == null ? e.at : verifiedAt;
        case FORWARDED -> {
          forwardedAt = e.at;
          agency = forwardedTo(d);
        }
        case FOLLOWED_UP -> text = masked(d.get("message"));
        case RESOLVED -> {
          resolvedAt = e.at;
          text = masked(d.get("resolution"));
          resolution = text;
        }
        case CLOSED -> closedAt = e.at;
        case CONFIRMED -> rating = d.get("rating") instanceof Number n ? n.intValue() : null;
        default -> { }
      }
      steps.add(new PublicViews.Step(e.type, e.at, e.toStatus, agency, agencyName.apply(agency), text, rating));
    }
    for (ReportMessage m : replies) {
      steps.add(new PublicViews.Step(ReportEvent.Type.MESSAGE_POSTED, m.createdAt, null, m.authorAgencyId,
          agencyName.apply(m.authorAgencyId), PersonalDataDetector.mask(m.body), null));
    }
    steps.sort(Comparator.comparing(PublicViews.Step::at));
    boolean truncated = steps.size() > MAX_STEPS;
    List<PublicViews.Step> timeline = truncated ? List.copyOf(steps.subList(0, MAX_STEPS)) : steps;
    String base = "/api/v1/reports/public/" + r.trackingCode + "/photos/";
    List<PublicViews.Photo> published = photos.stream()
        .map(a -> new PublicViews.Photo(a.id, a.mediaType, base + a.id)).toList();
    return new PublicViews.Detail(r.id, r.trackingCode, r.type, r.status, r.publicTitle(), r.publicDescription(),
        r.categoryId, names.category(), r.currentAgencyId, agencyName.apply(r.currentAgencyId),
        location(r, areaName), r.incidentDate, r.supportCount, r.createdAt, verifiedAt, forwardedAt, resolvedAt,
        closedAt, r.updatedAt, resolution, r.rating == null ? null : r.rating.intValue(), published, timeline, truncated);
  }

  private static String masked(Object text) {
    return text == null ? null : PersonalDataDetector.mask(text.toString());
  }

  /**
   * Where it happened; for an anonymous reporter, about a kilometre (two decimals) and no
   * address, which may be their own house.
   */
  static PublicViews.Location location(Report r, Function<String, String> areaName) {
    if (r.latitude == null && r.kecamatanCode == null && r.kelurahanCode == null && r.address == null) {
      return null;
    }
    boolean coarse = r.anonymous;
    return new PublicViews.Location(coarse ? ReportMapper.coarse(r.latitude) : r.latitude,
        coarse ? ReportMapper.coarse(r.longitude) : r.longitude, r.kecamatanCode, areaName.apply(r.kecamatanCode),
        r.kelurahanCode, areaName.apply(r.kelurahanCode), coarse ? null : r.publicAddress(), coarse);
  }
}
