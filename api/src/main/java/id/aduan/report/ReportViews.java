package id.aduan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** The API's representations of a report; entities never leave the service layer. */
public final class ReportViews {
  private ReportViews() {}

  /**
   * The answer to a submission; {@code pin} and {@code accessKey} are set for guests only, and the
   * PIN only here.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Receipt(UUID id, String trackingCode, ReportStatus status, ReportType type, String title,
      Instant createdAt, String pin, String accessKey) {}

  public record Summary(UUID id, String trackingCode, ReportStatus status, ReportType type, String title,
      Instant createdAt, Instant updatedAt) {}

  /** A report as a status question from its reporter's phone answers it. */
  public record OfPhone(UUID id, String trackingCode, ReportStatus status) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(UUID id, String trackingCode, ReportStatus status, ReportType type, String title,
      String description, Channel channel, String sourceUrl, ReportSubmission.Contact contact, UUID categoryId,
      ReportSubmission.Location location, java.time.LocalDate incidentDate, int supportCount,
      boolean anonymous, boolean confidential,
      UUID currentAgencyId, ArchiveReason archiveReason, UUID duplicateOf, Instant verifyDueAt,
      Instant followUpDueAt, Instant closeDueAt, boolean overdue, int escalationLevel, boolean reopened,
      Integer rating, String ratingComment, Instant createdAt, Instant updatedAt,
      java.util.List<PersonalDataSpan> personalData, String publicTitle, String publicDescription) {}

  /** Personal data in one of a report's texts, masked wherever the public reads it. */
  public record PersonalDataSpan(String field, int start, int end, id.aduan.privacy.PersonalDataDetector.Kind kind) {}

  /** One entry of a report's history; {@code actorName} is set for officials' actions only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Event(int seq, ReportEvent.Type type, Instant at, String actorRole, String actorName,
      UUID actorAgencyId, ReportStatus fromStatus, ReportStatus toStatus, java.util.Map<String, Object> details) {}

  /** A report in the public feed: no reporter, no contact. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Public(UUID id, String trackingCode, ReportType type, ReportStatus status, String title,
      String description, UUID categoryId, UUID currentAgencyId, ReportSubmission.Location location,
      java.time.LocalDate incidentDate, int supportCount, Instant createdAt, Instant updatedAt) {}

  /**
   * The public view by tracking code: never personal data, and the title only of a public report
   * (verified and not confidential), since anyone may type any code.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Tracked(String trackingCode, ReportStatus status, ReportType type, String title,
      Instant createdAt, Instant updatedAt) {}

  /**
   * A report in a work queue with its countdown: {@code workingDaysLeft} is 0 on the deadline's
   * last day and negative once it has passed; both are absent when no clock runs.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InboxItem(UUID id, String trackingCode, ReportType type, ReportStatus status, String title,
      UUID currentAgencyId, Instant dueAt, Integer workingDaysLeft, boolean overdue, int escalationLevel,
      boolean reopened, Instant createdAt) {}

  /** A message on a report; {@code authorName} for officials only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Message(UUID id, boolean internal, String body, String authorRole, String authorName,
      UUID authorAgencyId, Instant createdAt) {}

  /** A file attached to a report (the content is at its own URL). */
  public record AttachmentView(UUID id, String filename, String mediaType, int size, String uploaderRole,
      @com.fasterxml.jackson.annotation.JsonProperty("public") boolean published, Instant createdAt) {}
}
