package id.aduan.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fake SMS gateway and a fake WhatsApp Graph API on a free port, for the transports. Tests
 * steer and read it over HTTP ({@link #requests}, {@link #failNext}), since the test resource
 * and the tests may not share classes: {@code GET /_requests} returns and forgets what it
 * received; {@code POST /_fail?status=503&times=1&match=x} makes the next requests with x in
 * their body fail.
 */
public class FakeGateways implements QuarkusTestResourceLifecycleManager {
  public static final String PORT = "aduan-test.fake-gateways.port";

  private Vertx vertx;
  private final List<JsonObject> received = new ArrayList<>();
  private int failStatus;
  private int failTimes;
  private String failMatch;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
      synchronized (this) {
        handle(req, body.toString());
      }
    }));
    try {
      server = server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the fake gateways did not start", e);
    }
    return Map.of(PORT, String.valueOf(server.actualPort()));
  }

  private void handle(HttpServerRequest req, String body) {
    String path = req.path();
    if (path.equals("/_requests")) {
      req.response().putHeader("Content-Type", "application/json").end(new JsonArray(new ArrayList<>(received)).encode());
      received.clear();
      return;
    }
    if (path.equals("/_fail")) {
      failStatus = Integer.parseInt(req.getParam("status"));
      failTimes = Integer.parseInt(req.getParam("times"));
      failMatch = req.getParam("match");
      req.response().end();
      return;
    }
    JsonObject headers = new JsonObject();
    req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(java.util.Locale.ROOT), h.getValue()));
    received.add(new JsonObject().put("method", req.method().name()).put("path", path).put("headers", headers)
        .put("body", body));
    if (failTimes > 0 && (failMatch == null || body.contains(failMatch))) {
      failTimes--;
      req.response().setStatusCode(failStatus).end("{\"error\":\"fake failure\"}");
      return;
    }
    var json = req.response().putHeader("Content-Type", "application/json");
    if (path.equals("/sms")) {
      json.end("{\"status\":\"queued\"}");
    } else if (path.matches("/graph/[^/]+/messages")) {
      json.end("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.fake\"}]}");
    } else if (path.matches("/graph/[^/]+")) {
      String mediaId = path.substring("/graph/".length());
      json.end(new JsonObject().put("url", "http://localhost:" + req.localAddress().port() + "/media/" + mediaId)
          .put("mime_type", "image/jpeg").encode());
    } else if (path.startsWith("/media/")) {
      req.response().putHeader("Content-Type", "image/jpeg").end(io.vertx.core.buffer.Buffer.buffer(Images.jpegWithExif()));
    } else {
      req.response().setStatusCode(404).end();
    }
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close();
    }
  }

  /** What the fake received since the last call, oldest first. */
  public static List<Map<String, Object>> requests() {
    return io.restassured.RestAssured.given().filter(Contract.skip("the fake gateways' own controls, not the API"))
        .get(base() + "/_requests").then().statusCode(200)
        .extract().jsonPath().getList("$");
  }

  /**
   * The next {@code times} requests whose body contains {@code match} get {@code status}: the
   * sender sends other tests' due messages in the same rounds.
   */
  public static void failNext(int status, int times, String match) {
    io.restassured.RestAssured.given().filter(Contract.skip("the fake gateways' own controls, not the API"))
        .queryParam("status", status).queryParam("times", times)
        .queryParam("match", match)
        .post(base() + "/_fail").then().statusCode(200);
  }

  private static String base() {
    return "http://localhost:" + org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue(PORT, String.class);
  }
}
