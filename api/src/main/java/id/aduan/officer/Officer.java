package id.aduan.officer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A Keycloak account (by its {@code sub}) working for one agency's complaint unit. */
@Entity
@Table(name = "officer")
public class Officer {
  @Id
  public String subject;

  @Column(name = "agency_id", nullable = false)
  public UUID agencyId;

  @Column(nullable = false)
  public String name;

  public String email;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public int version;
}
