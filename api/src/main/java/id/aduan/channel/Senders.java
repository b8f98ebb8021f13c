package id.aduan.channel;

import id.aduan.common.crypto.Pepper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What the API keeps to know a chat's sender again without keeping their phone number: an HMAC
 * under the pepper ({@code s1:<key id>:<mac>}), for the chats in progress and the per-sender
 * rate limits. Each message brings the number again, so nothing needs it back (ADR 0026).
 */
@ApplicationScoped
public class Senders {
  private final Pepper pepper;

  Senders(Pepper pepper) {
    this.pepper = pepper;
  }

  /** The key of {@code phone} on {@code channel}. */
  public String keyOf(String channel, String phone) {
    byte[] mac = pepper.mac("chat-sender:".getBytes(StandardCharsets.UTF_8), channel.getBytes(StandardCharsets.UTF_8),
        new byte[] {0}, phone.getBytes(StandardCharsets.UTF_8));
    return "s1:" + pepper.currentId() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
  }

  /** Chats begun before senders were keyed keep going: their numbers are replaced by keys at startup. */
  void onStart(@Observes StartupEvent start, Pool pool) {
    List<Row> clear = new ArrayList<>();
    pool.query("SELECT channel, sender FROM chat_conversation WHERE sender NOT LIKE 's1:%'").execute()
        .await().indefinitely().forEach(clear::add);
    if (clear.isEmpty()) {
      return;
    }
    List<Tuple> rekeyed = clear.stream()
        .map(r -> Tuple.of(r.getString("channel"), r.getString("sender"), keyOf(r.getString("channel"), r.getString("sender"))))
        .toList();
    pool.preparedQuery("UPDATE chat_conversation SET sender = $3 WHERE channel = $1 AND sender = $2")
        .executeBatch(rekeyed).await().indefinitely();
    Log.infof("Chats: %d conversations in progress now know their sender by key, not number", rekeyed.size());
  }
}
