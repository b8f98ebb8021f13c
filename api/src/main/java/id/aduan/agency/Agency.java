package id.aduan.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An agency (OPD) or one of its sub-units; {@code parentId} builds the hierarchy. */
@Entity
@Table(name = "agency")
public class Agency {
  @Id
  public UUID id;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String name;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public int version;
}
