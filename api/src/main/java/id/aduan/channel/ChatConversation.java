package id.aduan.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A guided chat that is collecting a report (table chat_conversation): the step it waits at
 * and the answers so far. One per channel and phone; deleted when the report is filed or the
 * citizen cancels.
 */
@Entity
@Table(name = "chat_conversation")
@IdClass(ChatConversation.Key.class)
public class ChatConversation {
  /** What the chat waits for. */
  public enum Step {
    DESCRIPTION, LOCATION, PHOTO
  }

  @Id
  public String channel;

  @Id
  public String phone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Step step;

  /** The answers so far, a JSON object (see {@link WhatsAppService.Draft}). */
  @ColumnTransformer(read = "draft::text", write = "cast(? as text)::jsonb")
  @Column(nullable = false)
  public String draft;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The primary key. */
  public static class Key implements Serializable {
    public String channel;
    public String phone;

    public Key() {}

    public Key(String channel, String phone) {
      this.channel = channel;
      this.phone = phone;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(channel, k.channel) && Objects.equals(phone, k.phone);
    }

    @Override
    public int hashCode() {
      return Objects.hash(channel, phone);
    }
  }
}
