package id.aduan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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

  @Column(name = "contact_name")
  public String contactName;

  @Column(name = "contact_email")
  public String contactEmail;

  @Column(name = "contact_phone")
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
  public LifecycleCommands.ArchiveReason archiveReason;

  @Column(name = "duplicate_of")
  public UUID duplicateOf;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public int version;
}
