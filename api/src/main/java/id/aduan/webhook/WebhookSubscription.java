package id.aduan.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Another government system's subscription to report events (V12__channels_and_outbox.sql). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {
  @Id
  public UUID id;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String url;

  static final id.aduan.common.crypto.PersonalDataCipher.Column SECRET =
      new id.aduan.common.crypto.PersonalDataCipher.Column("webhook_subscription", "secret");

  /**
   * Signs each delivery; shown to the admin once, when the subscription is made, and stored
   * sealed ({@link id.aduan.common.crypto.PersonalDataCipher}, bound to this row).
   */
  @Column(nullable = false, updatable = false)
  public String secret;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
  public String[] eventTypes;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;
}
