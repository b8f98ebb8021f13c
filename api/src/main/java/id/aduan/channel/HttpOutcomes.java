package id.aduan.channel;

import id.aduan.outbox.Transport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;

/** How the answer of a gateway or the Graph API decides an outbox message's fate. */
final class HttpOutcomes {
  private HttpOutcomes() {}

  /**
   * 2xx: done. 408, 429 and 5xx: a failure the sender retries later. Any other status: the
   * request itself is wrong (a bad number, an expired token, no open 24-hour window), which a
   * retry cannot fix: the message goes dead for an admin to look at.
   */
  static Uni<Void> check(String what, HttpResponse<Buffer> response) {
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
