package id.aduan.attachment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Attachment bytes in the attachment_content table (bytea), beside their metadata. */
@ApplicationScoped
public class PostgresAttachmentStorage implements AttachmentStorage {

  @Override
  public Uni<Void> put(UUID attachmentId, byte[] content) {
    return Panache.getSession().flatMap(s -> s.createNativeQuery(
            "insert into attachment_content (attachment_id, content) values (:id, :content)")
        .setParameter("id", attachmentId).setParameter("content", content).executeUpdate())
        .replaceWithVoid();
  }

  @Override
  public Uni<byte[]> get(UUID attachmentId) {
    return Panache.getSession().flatMap(s -> s.createNativeQuery(
            "select content from attachment_content where attachment_id = :id", byte[].class)
        .setParameter("id", attachmentId).getSingleResultOrNull());
  }
}
