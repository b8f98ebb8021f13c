package id.aduan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One thing that happened to a report. Inserted, never updated or deleted (a trigger enforces it). */
@Entity
@Table(name = "report_event")
@IdClass(ReportEvent.Key.class)
public class ReportEvent {
  @Id
  @Column(name = "report_id")
  public UUID reportId;

  @Id
  public int seq;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Type type;

  @Column(nullable = false)
  public Instant at;

  @Column(name = "actor_subject")
  public String actorSubject;

  @Column(name = "actor_name")
  public String actorName;

  @Column(name = "actor_role", nullable = false)
  public String actorRole;

  @Column(name = "actor_agency_id")
  public UUID actorAgencyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public ReportStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public ReportStatus toStatus;

  /** A JSON object, sent as text and cast in SQL: bound as jsonb, the client would store a JSON string. */
  @ColumnTransformer(read = "details::text", write = "cast(? as text)::jsonb")
  @Column(nullable = false)
  public String details;

  /** What happened. */
  public enum Type {
    SUBMITTED, VERIFIED, HELD, ARCHIVED, FORWARDED, RETURNED, FOLLOWED_UP, RESOLVED, ESCALATED, CLOSED,
    MESSAGE_POSTED, CONFIRMED, DISPUTED, ATTACHMENT_ADDED, MODERATED;

    /** The name other systems know it by (webhooks, outbox), e.g. {@code report.forwarded}. */
    public String publicName() {
      return "report." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The composite primary key (report, sequence number). */
  public static class Key implements Serializable {
    public UUID reportId;
    public int seq;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.seq == seq && java.util.Objects.equals(k.reportId, reportId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(reportId, seq);
    }
  }
}
