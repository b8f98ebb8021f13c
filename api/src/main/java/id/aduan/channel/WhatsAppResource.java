package id.aduan.channel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.common.config.AppConfig;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The WhatsApp Business Cloud API webhook: Meta's verification handshake (the verify token) and
 * its deliveries (the {@code X-Hub-Signature-256} of the raw body under the app secret). Off
 * unless the app secret, and for the handshake the verify token, are configured.
 */
@Path("/api/v1/channels/whatsapp")
public class WhatsAppResource {
  static final String SIGNATURE = "X-Hub-Signature-256";

  private final WhatsAppService service;
  private final AppConfig.WhatsApp config;
  private final ObjectMapper json;

  WhatsAppResource(WhatsAppService service, AppConfig config, ObjectMapper json) {
    this.service = service;
    this.config = config.whatsapp();
    this.json = json;
  }

  /** Meta calls this once when the webhook is set up, and echoes the challenge only to the right token. */
  @GET
  @PermitAll
  @Produces(MediaType.TEXT_PLAIN)
  public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
      @QueryParam("hub.challenge") String challenge, UriInfo uri, HttpHeaders headers) {
    boolean right = config.verifyToken().isPresent() && token != null && MessageDigest.isEqual(
        config.verifyToken().get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    if (!"subscribe".equals(mode) || !right || challenge == null) {
      Log.warnf("whatsapp: refused a verification without the right verify token");
      return Webhooks.unsigned(uri, headers);
    }
    return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
  }

  /** Answers 200 for every signed delivery it could store, so that Meta does not deliver it again. */
  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Uni<Response> receive(@HeaderParam(SIGNATURE) String signature, byte[] body, UriInfo uri, HttpHeaders headers)
      throws IOException {
    if (config.appSecret().isEmpty() || !Signatures.verify(config.appSecret().get(), body, signature)) {
      Log.warnf("whatsapp: refused a delivery without a valid signature");
      return Uni.createFrom().item(Webhooks.unsigned(uri, headers));
    }
    JsonNode node = json.readTree(body);
    if (node == null || !node.isObject()) {
      throw JsonMappingException.from((JsonParser) null, "the body is not a JSON object");
    }
    return service.receive(node).map(ack -> Response.ok(ack).build());
  }
}
