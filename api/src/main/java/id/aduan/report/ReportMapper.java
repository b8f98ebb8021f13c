package id.aduan.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Maps report entities to API views (hand-written: four flat records do not need a generator). */
@ApplicationScoped
public class ReportMapper {
  /** Event details a reporter may read: a forwarding note, for one, is meant for the agency only. */
  private static final Map<ReportEvent.Type, Set<String>> PUBLIC_DETAILS = Map.of(
      ReportEvent.Type.HELD, Set.of("message"),
      ReportEvent.Type.ARCHIVED, Set.of("reason", "duplicateOf"),
      ReportEvent.Type.FORWARDED, Set.of("agencyId"),
      ReportEvent.Type.FOLLOWED_UP, Set.of("message"),
      ReportEvent.Type.RESOLVED, Set.of("resolution"),
      ReportEvent.Type.CLOSED, Set.of("automatic"),
      ReportEvent.Type.MESSAGE_POSTED, Set.of("messageId"),
      ReportEvent.Type.CONFIRMED, Set.of("rating", "comment"),
      ReportEvent.Type.DISPUTED, Set.of("reason"),
      ReportEvent.Type.ATTACHMENT_ADDED, Set.of("attachmentId", "mediaType"));

  public ReportViews.Receipt toReceipt(Report r, String pin, String accessKey) {
    return new ReportViews.Receipt(r.id, r.trackingCode, r.status, r.type, r.title, r.createdAt, pin, accessKey);
  }

  public ReportViews.Summary toSummary(Report r) {
    return new ReportViews.Summary(r.id, r.trackingCode, r.status, r.type, r.title, r.createdAt, r.updatedAt);
  }

  public ReportViews.Detail toDetail(Report r) {
    return toDetail(r, true, false);
  }

  /**
   * With {@code showReporter} false (an agency reading an anonymous report) the contact is left
   * out; with {@code maskPhone} (anyone but admins and the reporter) its phone number is masked.
   */
  public ReportViews.Detail toDetail(Report r, boolean showReporter, boolean maskPhone) {
    boolean noContact = r.contactName == null && r.contactEmail == null && r.contactPhone == null;
    ReportSubmission.Contact contact = noContact || !showReporter
        ? null
        : new ReportSubmission.Contact(r.contactName, r.contactEmail,
            maskPhone ? id.aduan.common.Phones.mask(r.contactPhone) : r.contactPhone);
    // The link of a social-media post names its author: hidden with the reporter.
    return new ReportViews.Detail(r.id, r.trackingCode, r.status, r.type, r.title, r.description, r.channel,
        showReporter ? r.sourceUrl : null, contact, r.categoryId, location(r), r.incidentDate, r.supportCount, r.anonymous, r.confidential, r.currentAgencyId, r.archiveReason, r.duplicateOf, r.verifyDueAt,
        r.followUpDueAt, r.closeDueAt, r.overdue, r.escalationLevel, r.reopened,
        r.rating == null ? null : r.rating.intValue(), r.ratingComment, r.createdAt, r.updatedAt, personalData(r),
        r.publicTitle(), r.publicDescription());
  }

  /** What the public views mask in the texts; null when nothing (the field is then left out). */
  private static java.util.List<ReportViews.PersonalDataSpan> personalData(Report r) {
    java.util.List<ReportViews.PersonalDataSpan> spans = new java.util.ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", r.title);
    texts.put("description", r.description);
    texts.put("address", r.address);
    texts.forEach((field, text) -> id.aduan.privacy.PersonalDataDetector.find(text)
        .forEach(s -> spans.add(new ReportViews.PersonalDataSpan(field, s.start(), s.end(), s.kind()))));
    return spans.isEmpty() ? null : spans;
  }

  /**
   * Reporters see the public part of each event's details, and nothing of internal notes
   * (null: left out); officials see everything.
   */
  public ReportViews.Event toEvent(ReportEvent e, Map<String, Object> details, boolean forOfficial) {
    if (!forOfficial && Boolean.TRUE.equals(details.get("internal"))) {
      return null;
    }
    Map<String, Object> shown = forOfficial ? details : new LinkedHashMap<>(details);
    if (!forOfficial) {
      shown.keySet().retainAll(PUBLIC_DETAILS.getOrDefault(e.type, Set.of()));
    }
    return new ReportViews.Event(e.seq, e.type, e.at, e.actorRole, e.actorName, e.actorAgencyId, e.fromStatus,
        e.toStatus, shown);
  }

  public ReportViews.Tracked toTracked(Report r) {
    return new ReportViews.Tracked(r.trackingCode, r.status, r.type, r.isPublic() ? r.publicTitle() : null,
        r.createdAt, r.updatedAt);
  }

  public ReportViews.Message toMessage(ReportMessage m) {
    // A reporter's name is never repeated to officials or in lists: they see the role only.
    String name = ReportEvents.isOfficial(m.authorRole) ? m.authorName : null;
    return new ReportViews.Message(m.id, m.internal, m.body, m.authorRole, name, m.authorAgencyId, m.createdAt);
  }

  public ReportViews.Public toPublic(Report r) {
    return new ReportViews.Public(r.id, r.trackingCode, r.type, r.status, r.publicTitle(), r.publicDescription(),
        r.categoryId, r.currentAgencyId, publicLocation(r), r.incidentDate, r.supportCount, r.createdAt, r.updatedAt);
  }

  /**
   * Where it happened, for the public: for a reporter who asked for anonymity the coordinates
   * are rounded to about a kilometre and the address (perhaps their house) is left out.
   */
  private static ReportSubmission.Location publicLocation(Report r) {
    ReportSubmission.Location l = location(r);
    if (l == null) {
      return null;
    }
    return r.anonymous
        ? new ReportSubmission.Location(coarse(l.latitude()), coarse(l.longitude()), l.kecamatanCode(), l.kelurahanCode(), null)
        : new ReportSubmission.Location(l.latitude(), l.longitude(), l.kecamatanCode(), l.kelurahanCode(), r.publicAddress());
  }

  /** A coordinate rounded to two decimals: about 1.1 km. */
  public static Double coarse(Double degrees) {
    return degrees == null ? null : Math.round(degrees * 100) / 100.0;
  }

  private static ReportSubmission.Location location(Report r) {
    if (r.latitude == null && r.kecamatanCode == null && r.kelurahanCode == null && r.address == null) {
      return null;
    }
    return new ReportSubmission.Location(r.latitude, r.longitude, r.kecamatanCode, r.kelurahanCode, r.address);
  }

  public ReportViews.AttachmentView toAttachment(id.aduan.attachment.Attachment a) {
    return new ReportViews.AttachmentView(a.id, a.filename, a.mediaType, a.size, a.uploaderRole, a.published,
        a.createdAt);
  }
}
