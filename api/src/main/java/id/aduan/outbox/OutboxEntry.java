package id.aduan.outbox;

import id.aduan.common.crypto.PersonalDataCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One message waiting to leave, or that left (V12__channels_and_outbox.sql). Written in the
 * transaction of the change it announces; {@link OutboxSender} sends it afterwards.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {
  /** How it leaves. */
  public enum Kind {
    EMAIL, SMS, WHATSAPP, WEBHOOK
  }

  /** PENDING until sent, or DEAD after the last attempt failed (an admin may redeliver it). */
  public enum Status {
    PENDING, SENT, DEAD
  }

  /** Also the delivery id receivers use to drop a repeated delivery. */
  @Id
  public UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  public Kind kind;

  static final PersonalDataCipher.Column DESTINATION = new PersonalDataCipher.Column("outbox", "destination");

  /**
   * An address, a phone number or a subscriber's URL, sealed (PersonalDataCipher, bound to this
   * row); null once the reporter's data is erased.
   */
  @Column(updatable = false)
  public String destination;

  @Column(updatable = false)
  public String gateway;

  @Column(name = "subscription_id", updatable = false)
  public UUID subscriptionId;

  @Column(name = "report_id", updatable = false)
  public UUID reportId;

  @Column(name = "event_type", nullable = false, updatable = false)
  public String eventType;

  /** A JSON object, sent as text and cast in SQL (as report_event.details). */
  @ColumnTransformer(read = "payload::text", write = "cast(? as text)::jsonb")
  @Column(nullable = false, updatable = false)
  public String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "sent_at")
  public Instant sentAt;

  /** The destination of a row read with SQL, opened; "(erased)" once the reporter's data is erased. */
  static String destination(io.vertx.mutiny.sqlclient.Row r) {
    String sealed = r.getString("destination");
    return sealed == null ? "(erased)" : PersonalDataCipher.open(sealed, DESTINATION, r.getUUID("id"));
  }
}
