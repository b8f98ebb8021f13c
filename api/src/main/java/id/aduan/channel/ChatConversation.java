package id.aduan.channel;

import java.time.Instant;

/**
 * A guided chat that is collecting a report (table chat_conversation): the step it waits at
 * and the answers so far. One per channel and sender; deleted when the report is filed or the
 * citizen cancels. The sender is known by key ({@link Senders}), never by phone number.
 */
class ChatConversation {
  /** What the chat waits for. */
  enum Step {
    DESCRIPTION, LOCATION, PHOTO
  }

  /** The primary key. */
  record Key(String channel, String sender) {}

  final Key key;
  Step step;
  /** The answers so far, a JSON object (see {@link WhatsAppService.Draft}). */
  String draft;
  Instant updatedAt;

  ChatConversation(Key key, Step step, String draft, Instant updatedAt) {
    this.key = key;
    this.step = step;
    this.draft = draft;
    this.updatedAt = updatedAt;
  }
}
