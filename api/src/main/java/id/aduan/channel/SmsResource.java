package id.aduan.channel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.Phones;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.limit.SharedLimits;
import id.aduan.report.Channel;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The SMS gateways' inbound webhook. Gateways have no token: each request is authenticated by
 * the HMAC signature of its raw body under the gateway's secret, checked before anything is read.
 */
@Path("/api/v1/channels/sms")
public class SmsResource {
  static final String SIGNATURE = "X-Aduan-Signature";

  private final SmsService service;
  private final AppConfig config;
  private final ObjectMapper json;
  private final SharedLimits limits;
  private final Senders senders;

  SmsResource(SmsService service, AppConfig config, ObjectMapper json, SharedLimits limits, Senders senders) {
    this.limits = limits;
    this.senders = senders;
    this.service = service;
    this.config = config;
    this.json = json;
  }

  @POST
  @Path("{gateway}")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<Response> receive(@PathParam("gateway") String gateway, @HeaderParam(SIGNATURE) String signature,
      byte[] body, UriInfo uri, HttpHeaders headers) throws IOException {
    AppConfig.Sms.Gateway gw = config.sms().gateways().get(gateway);
    if (gw == null || !Signatures.verify(gw.secret(), body, signature)) {
      if (gw != null) {
        Log.warnf("sms: refused a request to gateway %s without a valid signature", gateway);
      }
      return Uni.createFrom().item(Webhooks.unsigned(uri, headers));
    }
    JsonNode node = json.readTree(body);
    if (node == null || !node.isObject()) {
      throw JsonMappingException.from((JsonParser) null, "the body is not a JSON object");
    }
    Instant receivedAt = receivedAt(node);
    if (!Webhooks.isFresh(receivedAt, config.sms().replayWindow(), Instant.now())) {
      Log.warnf("sms: refused a delivery to gateway %s received at %s, outside the replay window", gateway, receivedAt);
      throw new InvalidInputException("receivedAt",
          Msg.of("channel.sms.receivedAt.replayed", "hours", config.sms().replayWindow().toHours()));
    }
    var in = new SmsService.Inbound(Webhooks.text(node, "messageId", 200),
        Webhooks.phone(Webhooks.text(node, "from", 30), "from"), node.path("text").asText(""));
    // Counted before the transaction opens (never a second connection inside it). Over the rate the
    // text is acknowledged, so the gateway does not retry it, and dropped without a reply.
    String sender = senders.keyOf(Channel.SMS.name(), in.from());
    return limits.take("sms:" + sender, config.rateLimits().smsPerSender()).flatMap(wait -> {
      if (!wait.isZero()) {
        Log.warnf("sms %s from %s via %s: over the sender's rate, dropped", in.messageId(),
            Phones.mask(in.from()), gateway);
        return Uni.createFrom().item(Response.ok(new SmsService.Result(SmsService.Outcome.LIMITED, null)).build());
      }
      return service.receive(gateway, in).map(r -> Response.ok(r).build());
    });
  }

  /** When the gateway received the text: signed with the body, so a replay cannot change it. */
  private static Instant receivedAt(JsonNode node) {
    String text = node.path("receivedAt").asText("");
    if (text.isEmpty()) {
      throw new InvalidInputException("receivedAt", Msg.of("channel.sms.receivedAt.required"));
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("receivedAt", Msg.of("channel.sms.receivedAt.format"));
    }
  }
}
