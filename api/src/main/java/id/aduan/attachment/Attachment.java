package id.aduan.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a report: its metadata; the bytes are in {@link AttachmentStorage}. */
@Entity
@Table(name = "attachment")
public class Attachment {
  @Id
  public UUID id;

  @Column(name = "report_id", nullable = false, updatable = false)
  public UUID reportId;

  @Column(nullable = false, updatable = false)
  public String filename;

  @Column(name = "media_type", nullable = false, updatable = false)
  public String mediaType;

  @Column(nullable = false, updatable = false)
  public int size;

  @Column(nullable = false, updatable = false)
  public String sha256;

  @Column(name = "uploader_role", nullable = false, updatable = false)
  public String uploaderRole;

  @Column(name = "uploader_subject", updatable = false)
  public String uploaderSubject;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  /** Shown on the report's public page: an image an admin published after looking at it. */
  @Column(nullable = false)
  public boolean published;

  public boolean isImage() {
    return mediaType.startsWith("image/");
  }
}
