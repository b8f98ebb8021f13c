package id.aduan.common.error;

import id.aduan.common.config.AppConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over the size limit with problem+json before it is read; the HTTP
 * layer's own refusal would be an empty response that clients cannot explain to a person.
 * File uploads get the larger limit of the HTTP layer; every other request the smaller one.
 */
public class HttpFailureHandler {

  void register(@Observes Router router, AppConfig config,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadLimit) {
    long upload = uploadLimit.asLongValue();
    long other = config.maxRequestBody().asLongValue();
    router.route().order(Integer.MIN_VALUE).handler(ctx -> {
      String length = ctx.request().getHeader("Content-Length");
      long max = ctx.request().path().endsWith("/attachments") ? upload : other;
      if (length != null && isOver(length, max)) {
        var problem = new Problem("about:blank", "Request Entity Too Large", 413,
            "The request body is larger than " + (max / 1024) + " KB.", ctx.request().path(), null);
        if (Localizer.prefersIndonesian(ctx.request().getHeader("Accept-Language"))) {
          problem = ProblemLanguage.indonesian(problem);
        }
        ctx.response().setStatusCode(413)
            .putHeader("Content-Type", Problem.MEDIA_TYPE)
            .putHeader("Connection", "close")
            .end(Json.encode(problem));
      } else {
        ctx.next();
      }
    });
  }

  private static boolean isOver(String length, long max) {
    try {
      return Long.parseLong(length.trim()) > max;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
