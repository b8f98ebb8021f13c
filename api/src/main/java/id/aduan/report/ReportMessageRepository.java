package id.aduan.report;

import id.aduan.common.paging.Cursor;
import id.aduan.common.security.Roles;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A report's messages, oldest first (report_message_report_idx). */
@ApplicationScoped
public class ReportMessageRepository implements PanacheRepositoryBase<ReportMessage, UUID> {

  public Uni<List<ReportMessage>> page(UUID reportId, boolean withInternal, Cursor after, int limit) {
    String where = "reportId = ?1" + (withInternal ? "" : " and internal = false");
    if (after == null) {
      return find(where + " order by createdAt, id", reportId).range(0, limit - 1).list();
    }
    return find(where + " and (createdAt, id) > (?2, ?3) order by createdAt, id", reportId, after.createdAt(),
        after.id()).range(0, limit - 1).list();
  }

  /** The first {@code limit} replies of officials to the reporter (no internal notes), oldest first. */
  public Uni<List<ReportMessage>> officialReplies(UUID reportId, int limit) {
    return find("reportId = ?1 and internal = false and authorRole in ?2 order by createdAt, id", reportId,
        List.of(Roles.ADMIN, Roles.OFFICER, Roles.SUPERVISOR)).range(0, limit - 1).list();
  }
}
