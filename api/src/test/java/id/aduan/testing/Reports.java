package id.aduan.testing;

import java.util.HashMap;
import java.util.Map;

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
}
