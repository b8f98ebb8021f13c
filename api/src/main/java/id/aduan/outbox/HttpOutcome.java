package id.aduan.outbox;

import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;

/** How an HTTP answer counts for a delivery: sent, worth a retry, or hopeless. */
public final class HttpOutcome {
  private HttpOutcome() {}

  /**
   * Nothing for a 2xx; a retryable failure for 408, 429 and 5xx (the receiver may recover); a
   * {@link Transport.PermanentFailure} for any other answer, which a retry would only repeat.
   */
  public static void check(HttpResponse<Buffer> response, String target) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    String message = "HTTP " + status + " from " + target;
    if (status == 408 || status == 429 || status >= 500) {
      throw new IllegalStateException(message);
    }
    throw new Transport.PermanentFailure(message);
  }
}
