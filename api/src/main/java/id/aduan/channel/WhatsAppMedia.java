package id.aduan.channel;

import id.aduan.attachment.AttachmentService;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.ConflictException;
import id.aduan.common.error.FileTooLargeException;
import id.aduan.common.error.InvalidFileException;
import id.aduan.outbox.Transport;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A chat photo, fetched from the Graph API (the media id gives a short-lived URL, which gives
 * the bytes, both with the access token) and stored as an attachment of the report. Runs as an
 * outbox step, after the report committed: Meta's servers may be slow, and a failure is retried.
 */
@ApplicationScoped
class WhatsAppMedia {
  private final AppConfig.WhatsApp config;
  private final AttachmentService attachments;
  private final Vertx vertx;
  private final WebClient client;

  WhatsAppMedia(AppConfig config, AttachmentService attachments, Vertx vertx, id.aduan.outbox.OutboundHttp http) {
    this.config = config.whatsapp();
    this.attachments = attachments;
    this.vertx = vertx;
    this.client = http.client();
  }

  Uni<Void> fetchAndAttach(UUID reportId, String mediaId) {
    if (reportId == null || mediaId == null || !mediaId.matches("[A-Za-z0-9_.-]{1,200}")) {
      return Uni.createFrom().failure(new Transport.PermanentFailure("no report or no usable media id"));
    }
    String token = config.accessToken().orElseThrow();
    return client.getAbs(config.graphUrl() + "/" + mediaId).bearerTokenAuthentication(token).send()
        .call(r -> id.aduan.outbox.HttpOutcome.check("Graph API (media " + mediaId + ")", r))
        .map(r -> r.bodyAsJsonObject().getString("url"))
        .flatMap(url -> url == null
            ? Uni.createFrom().failure(new Transport.PermanentFailure("the Graph API gave no URL for the media"))
            : client.getAbs(url).bearerTokenAuthentication(token).send()
                .call(r -> id.aduan.outbox.HttpOutcome.check("Graph API (media download)", r)))
        .flatMap(r -> store(reportId, mediaId, r.body()));
  }

  private Uni<Void> store(UUID reportId, String mediaId, Buffer bytes) {
    if (bytes == null || bytes.length() > AttachmentService.MAX_BYTES) {
      return Uni.createFrom().failure(new Transport.PermanentFailure("the photo is empty or larger than 10 MB"));
    }
    return vertx.executeBlocking(Uni.createFrom().item(() -> temporary(bytes.getBytes())))
        .flatMap(file -> attachments.prepare(file, bytes.length(), "whatsapp-" + mediaId)
            .eventually(() -> vertx.fileSystem().delete(file.toString()).onFailure().recoverWithNull()))
        .flatMap(prepared -> inTransaction(() -> attachments.list(reportId).flatMap(stored -> {
          // A retry after a lost answer must not attach the same photo twice.
          if (stored.stream().anyMatch(a -> a.sha256.equals(prepared.sha256()))) {
            return Uni.createFrom().voidItem();
          }
          return attachments.store(reportId, prepared, "guest", null).replaceWithVoid();
        })))
        .invoke(x -> Log.infof("whatsapp: attached the photo of a chat to report %s", reportId))
        .onFailure(f -> f instanceof InvalidFileException || f instanceof FileTooLargeException
            || f instanceof ConflictException)
        .transform(f -> new Transport.PermanentFailure("the photo cannot be attached: " + f.getMessage()));
  }

  /**
   * The outbox sender calls transports outside any request, possibly from a plain thread:
   * Hibernate Reactive needs a safe duplicated Vert.x context of its own.
   */
  private Uni<Void> inTransaction(Supplier<Uni<Void>> work) {
    io.vertx.core.Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
    VertxContextSafetyToggle.setContextSafe(context, true);
    return Uni.createFrom().emitter(emitter -> context.runOnContext(x -> Panache.withTransaction(work)
        .subscribe().with(item -> emitter.complete(null), emitter::fail)));
  }

  private static Path temporary(byte[] bytes) {
    try {
      Path file = Files.createTempFile("aduan-whatsapp-", ".bin");
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
