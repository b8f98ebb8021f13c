package id.aduan.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message on a report: a public reply, or an officials-only internal note. */
@Entity
@Table(name = "report_message")
public class ReportMessage {
  @Id
  public UUID id;

  @Column(name = "report_id", nullable = false, updatable = false)
  public UUID reportId;

  @Column(nullable = false, updatable = false)
  public boolean internal;

  @Column(nullable = false, updatable = false)
  public String body;

  @Column(name = "author_role", nullable = false, updatable = false)
  public String authorRole;

  @Column(name = "author_subject", updatable = false)
  public String authorSubject;

  @Column(name = "author_name", updatable = false)
  public String authorName;

  @Column(name = "author_agency_id", updatable = false)
  public UUID authorAgencyId;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;
}
