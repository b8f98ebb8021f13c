package id.aduan.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;

/** How an HTTP answer decides an outbox message's fate: sent, worth a retry, or hopeless. */
public final class HttpOutcome {
  private HttpOutcome() {}

  /**
   * 2xx: done. 408, 429 and 5xx: a failure the sender retries later (the receiver may recover).
   * Any other status: the request itself is wrong (a bad number, an expired token, a refused
   * delivery), which a retry cannot fix: the message goes dead for an admin to look at.
   */
  public static Uni<Void> check(String what, HttpResponse<Buffer> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return Uni.createFrom().voidItem();
    }
    String body = response.bodyAsString();
    String detail = what + " answered " + status + (body == null || body.isBlank() ? ""
        : ": " + (body.length() > 300 ? body.substring(0, 300) : body));
    if (status == 408 || status == 429 || status >= 500) {
      return Uni.createFrom().failure(new IllegalStateException(detail));
    }
    return Uni.createFrom().failure(new Transport.PermanentFailure(detail));
  }
}
