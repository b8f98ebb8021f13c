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
 * and the answers so far. One per channel and sender; deleted when the report is filed or the
 * citizen cancels. The sender is known by key ({@link Senders}), never by phone number.
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
  public String sender;

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
    public String sender;

    public Key() {}

    public Key(String channel, String sender) {
      this.channel = channel;
      this.sender = sender;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(channel, k.channel) && Objects.equals(sender, k.sender);
    }

    @Override
    public int hashCode() {
      return Objects.hash(channel, sender);
    }
  }
}
