package id.aduan.report;

import id.aduan.common.crypto.PersonalDataCipher;
import id.aduan.privacy.PersonalDataDetector;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A citizen's report (laporan). The schema is owned by Flyway (V1__reports.sql). */
@Entity
@Table(name = "report")
public class Report {
  @Id
  public UUID id;

  @Column(name = "tracking_code", nullable = false, updatable = false)
  public String trackingCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReportType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ReportStatus status;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false)
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public Channel channel;

  /** The reporter's Keycloak {@code sub}; null for a guest. */
  @Column(name = "reporter_subject", updatable = false)
  public String reporterSubject;

  // Sealed at rest (ADR 0020, 0026): the database, its backups and its logs never hold them in
  // clear. The columns hold the sealed values, bound to this row; the fields below hold them
  // opened. Written once, at insert: erasure clears the columns with SQL.
  public static final PersonalDataCipher.Column CONTACT_NAME = new PersonalDataCipher.Column("report", "contact_name");
  public static final PersonalDataCipher.Column CONTACT_EMAIL = new PersonalDataCipher.Column("report", "contact_email");
  public static final PersonalDataCipher.Column CONTACT_PHONE = new PersonalDataCipher.Column("report", "contact_phone");

  @Column(name = "contact_name", updatable = false)
  String sealedContactName;

  @Column(name = "contact_email", updatable = false)
  String sealedContactEmail;

  @Column(name = "contact_phone", updatable = false)
  String sealedContactPhone;

  @Transient
  public String contactName;

  @Transient
  public String contactEmail;

  @Transient
  public String contactPhone;

  /** A guest's PIN, hashed; null for citizens. */
  @Column(name = "pin_hash")
  public String pinHash;

  /** Hidden reporter identity for agencies and the public (admins still see it). */
  @Column(nullable = false)
  public boolean anonymous;

  /** The whole report is hidden from the public. */
  @Column(nullable = false)
  public boolean confidential;

  /** The agency handling the report now; null until it is forwarded. */
  @Column(name = "current_agency_id")
  public UUID currentAgencyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "archive_reason")
  public ArchiveReason archiveReason;

  @Column(name = "duplicate_of")
  public UUID duplicateOf;

  /** Deadline to verify and forward; runs while SUBMITTED or VERIFIED. */
  @Column(name = "verify_due_at")
  public Instant verifyDueAt;

  /** Deadline of the agency's first follow-up; runs while FORWARDED. */
  @Column(name = "follow_up_due_at")
  public Instant followUpDueAt;

  /** When a RESOLVED report closes by itself if the reporter does not answer. */
  @Column(name = "close_due_at")
  public Instant closeDueAt;

  /** Set while ON_HOLD: the verification clock is paused since then. */
  @Column(name = "hold_started_at")
  public Instant holdStartedAt;

  @Column(nullable = false)
  public boolean overdue;

  /** 0 none, 1 the agency head (or the admins' coordinator), 2 the parent agency / inspectorate. */
  @Column(name = "escalation_level", nullable = false)
  public short escalationLevel;

  /** The reporter disputed a resolution. */
  @Column(nullable = false)
  public boolean reopened;

  @Column(name = "category_id")
  public UUID categoryId;

  public Double latitude;

  public Double longitude;

  @Column(name = "kecamatan_code")
  public String kecamatanCode;

  @Column(name = "kelurahan_code")
  public String kelurahanCode;

  /** Free text: street, landmark (patokan). */
  public String address;

  // What the public reads (feed, tracking, Open311, search): the texts above with personal data
  // masked (privacy/PersonalDataDetector, issue 21). Null only for a report written before them,
  // until PublicTextBackfill masks it.
  @Column(name = "public_title")
  public String publicTitle;

  @Column(name = "public_description")
  public String publicDescription;

  @Column(name = "public_address")
  public String publicAddress;

  @Column(name = "incident_date")
  public java.time.LocalDate incidentDate;

  @Column(name = "support_count", nullable = false)
  public int supportCount;

  /** The reporter's rating of the handling (1-5), given when confirming. */
  public Short rating;

  @Column(name = "rating_comment")
  public String ratingComment;

  /** The reporter's language ("id" or "en") for what is sent to them. */
  @Column(nullable = false)
  public String language = "id";

  /** The original post of a social-media complaint. */
  @Column(name = "source_url", updatable = false)
  public String sourceUrl;

  /** The official who entered the report for a walk-in, phone or social-media complainant. */
  @Column(name = "entered_by", updatable = false)
  public String enteredBy;

  /** The third-party application (Open311) that filed it. */
  @Column(name = "client_id", updatable = false)
  public UUID clientId;

  /** The SMS gateway the report came through; replies leave through it. */
  @Column(updatable = false)
  public String gateway;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public int version;

  /** The deadline of the current step, or null: what the generated column due_at holds (null = infinity). */
  public Instant currentDue() {
    return verifyDueAt != null ? verifyDueAt : followUpDueAt != null ? followUpDueAt : closeDueAt;
  }

  /** Stops every deadline clock and clears the escalation of the step that ended. */
  public void clearDeadlines() {
    verifyDueAt = null;
    followUpDueAt = null;
    closeDueAt = null;
    holdStartedAt = null;
    overdue = false;
    escalationLevel = 0;
  }

  @PrePersist
  void beforeInsert() {
    if (publicTitle == null) {
    maskPublicText();
    }
    sealedContactName = PersonalDataCipher.seal(contactName, CONTACT_NAME, id);
    sealedContactEmail = PersonalDataCipher.seal(contactEmail, CONTACT_EMAIL, id);
    sealedContactPhone = PersonalDataCipher.seal(contactPhone, CONTACT_PHONE, id);
  }

  @PostLoad
  void open() {
    contactName = PersonalDataCipher.open(sealedContactName, CONTACT_NAME, id);
    contactEmail = PersonalDataCipher.open(sealedContactEmail, CONTACT_EMAIL, id);
    contactPhone = PersonalDataCipher.open(sealedContactPhone, CONTACT_PHONE, id);
  }

  /** Masks the public copies of the title, description and address from the originals. */
  public void maskPublicText() {
    publicTitle = PersonalDataDetector.mask(title);
    publicDescription = PersonalDataDetector.mask(description);
    publicAddress = PersonalDataDetector.mask(address);
  }

  /** The public title: masked now if the report predates its public copy. */
  public String publicTitle() {
    return publicTitle != null || title == null ? publicTitle : PersonalDataDetector.mask(title);
  }

  public String publicDescription() {
    return publicDescription != null || description == null ? publicDescription : PersonalDataDetector.mask(description);
  }

  public String publicAddress() {
    return publicAddress != null || address == null ? publicAddress : PersonalDataDetector.mask(address);
  }

  /** Statuses in which a non-confidential report is public. */
  public static final java.util.Set<ReportStatus> PUBLIC = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
      ReportStatus.VERIFIED, ReportStatus.FORWARDED, ReportStatus.IN_PROGRESS, ReportStatus.RESOLVED,
      ReportStatus.CLOSED));

  /** Whether the public sees the report: verified, not confidential, not archived or on hold. */
  public boolean isPublic() {
    return !confidential && PUBLIC.contains(status);
  }
}
