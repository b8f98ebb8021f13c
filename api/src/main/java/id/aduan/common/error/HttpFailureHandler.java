package id.aduan.common.error;

import id.aduan.common.config.AppConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body over the size limit with problem+json before it is read, and a chunked
 * one as soon as it passes the limit; the HTTP layer's own refusal would be an empty response
 * that clients cannot explain to a person.
 * File uploads get the larger limit of the HTTP layer; every other request the smaller one.
 */
public class HttpFailureHandler {

  void register(@Observes Router router, AppConfig config,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadBodyLimit) {
    long uploadLimit = uploadBodyLimit.asLongValue();
    long other = config.maxRequestBody().asLongValue();
    // A body without a declared length (chunked) is read here, up to the limit, before the resource
    // sees it: the JSON endpoints read whole bodies anyway, and this way the limit holds for it too.
    BodyHandler chunked = BodyHandler.create(false).setBodyLimit(other);
    router.route().order(Integer.MIN_VALUE).handler(ctx -> {
      String length = ctx.request().getHeader("Content-Length");
      boolean upload = ctx.request().path().endsWith("/attachments");
      long max = upload ? uploadLimit : other;
      if (length != null && isOver(length, max)) {
        tooLarge(ctx, max);
      } else if (length == null && !upload && mayHaveBody(ctx.request().method())) {
        chunked.handle(ctx);
      } else {
        ctx.next();
      }
    }).failureHandler(ctx -> {
      if (ctx.statusCode() == 413) {
        tooLarge(ctx, other);
      } else {
        ctx.next();
      }
    });
  }

  /** Chunked over HTTP/1.1, or any HTTP/2 request body without a declared length. */
  private static boolean mayHaveBody(HttpMethod method) {
    return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
  }

  private static void tooLarge(RoutingContext ctx, long max) {
    Locale locale = Localizer.errorLocale(ctx.request().getHeader("Accept-Language"));
    var problem = new Problem("about:blank", Localizer.text(Msg.of("problem.title.tooLarge"), locale), 413,
        Localizer.text(Msg.of("problem.detail.bodyLargerThan", "size", max / 1024), locale), ctx.request().path(),
        null);
    if (!ctx.response().ended()) {
      ctx.response().setStatusCode(413)
          .putHeader("Content-Type", Problem.MEDIA_TYPE)
          .putHeader("Connection", "close")
          .end(Json.encode(problem));
    }
  }

  private static boolean isOver(String length, long max) {
    try {
      return Long.parseLong(length.trim()) > max;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
