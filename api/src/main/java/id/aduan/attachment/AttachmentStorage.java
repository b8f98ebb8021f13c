package id.aduan.attachment;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Where attachment bytes live; PostgreSQL today, an object store can implement it later. */
public interface AttachmentStorage {
  /** Stores the content in the caller's transaction. */
  Uni<Void> put(UUID attachmentId, byte[] content);

  Uni<byte[]> get(UUID attachmentId);
}
