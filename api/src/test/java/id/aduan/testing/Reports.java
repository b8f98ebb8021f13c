package id.aduan.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for report tests. */
public final class Reports {
  public static final String DEFAULT_TITLE = "Jalan berlubang di Oebobo";
  public static final String DEFAULT_DESCRIPTION = "Lubang besar di tengah jalan, berbahaya bagi pengendara.";

  private Reports() {}

  public static Map<String, Object> submission() {
    return submission(DEFAULT_TITLE);
  }

  public static Map<String, Object> submission(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("type", "COMPLAINT");
    body.put("title", title);
    body.put("description", DEFAULT_DESCRIPTION);
    return body;
  }

  /** A title no other test uses, to count what one test stored. */
  public static String uniqueTitle(String what) {
    return what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Reports stored with this title. */
  public static long storedWithTitle(Pool pool, String title) {
    return pool.preparedQuery("SELECT count(*) FROM report WHERE title = $1").execute(Tuple.of(title))
        .await().indefinitely().iterator().next().getLong(0);
  }
}
