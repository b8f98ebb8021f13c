package id.aduan.channel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * Guided chats in progress, read and written on the chat's transaction (the SQL client's, which
 * the report a chat files joins: ADR 0024).
 */
@ApplicationScoped
class ChatConversationRepository {

  /** The sender's chat, locked: two quick messages of one person are taken one after the other. */
  Uni<ChatConversation> lock(SqlConnection conn, ChatConversation.Key key) {
    return conn.preparedQuery("SELECT step, draft::text AS draft, updated_at FROM chat_conversation"
            + " WHERE channel = $1 AND sender = $2 FOR UPDATE")
        .execute(Tuple.of(key.channel(), key.sender()))
        .map(rows -> {
          if (rows.size() == 0) {
            return null;
          }
          Row r = rows.iterator().next();
          return new ChatConversation(key, ChatConversation.Step.valueOf(r.getString("step")), r.getString("draft"),
              r.getOffsetDateTime("updated_at").toInstant());
        });
  }

  Uni<Void> save(SqlConnection conn, ChatConversation c) {
    return conn.preparedQuery("INSERT INTO chat_conversation (channel, sender, step, draft, updated_at)"
            + " VALUES ($1, $2, $3, cast($4 AS text)::jsonb, $5) ON CONFLICT (channel, sender) DO UPDATE"
            + " SET step = excluded.step, draft = excluded.draft, updated_at = excluded.updated_at")
        .execute(Tuple.of(c.key.channel(), c.key.sender(), c.step.name(), c.draft,
            c.updatedAt.atOffset(ZoneOffset.UTC)))
        .replaceWithVoid();
  }

  Uni<Void> delete(SqlConnection conn, ChatConversation.Key key) {
    return conn.preparedQuery("DELETE FROM chat_conversation WHERE channel = $1 AND sender = $2")
        .execute(Tuple.of(key.channel(), key.sender()))
        .replaceWithVoid();
  }
}
