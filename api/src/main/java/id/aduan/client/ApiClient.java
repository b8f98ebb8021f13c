package id.aduan.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A third-party application (an Open311 client) and the digest of its key (V12__channels_and_outbox.sql). */
@Entity
@Table(name = "api_client")
public class ApiClient {
  @Id
  public UUID id;

  @Column(nullable = false)
  public String name;

  public String contact;

  /** The first characters of the key, so that an admin can tell keys apart without seeing them. */
  @Column(name = "key_prefix", nullable = false, updatable = false)
  public String keyPrefix;

  /** SHA-256 of the whole key, in hex; the key itself is never stored. */
  @Column(name = "key_hash", nullable = false, updatable = false)
  public String keyHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  /** The admin's subject. */
  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;
}
