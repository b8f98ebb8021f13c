package id.aduan.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A report category; {@code defaultAgencyId} is the routing suggestion for admins. */
@Entity
@Table(name = "category")
public class Category {
  @Id
  public UUID id;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String name;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(name = "default_agency_id")
  public UUID defaultAgencyId;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public int version;
}
