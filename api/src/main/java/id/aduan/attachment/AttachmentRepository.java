package id.aduan.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A report's attachments (attachment_report_idx). */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

  public Uni<List<Attachment>> ofReport(UUID reportId) {
    return list("reportId = ?1 order by createdAt, id", reportId);
  }

  public Uni<Long> countOfReport(UUID reportId) {
    return count("reportId", reportId);
  }

  public Uni<Attachment> find(UUID reportId, UUID attachmentId) {
    return find("id = ?1 and reportId = ?2", attachmentId, reportId).firstResult();
  }
}
