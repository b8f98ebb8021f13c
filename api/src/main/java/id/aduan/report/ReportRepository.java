package id.aduan.report;

import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries on reports; each one is backed by an index of V1__reports.sql. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

  public Uni<Report> findByTrackingCode(String trackingCode) {
    return find("trackingCode", trackingCode).firstResult();
  }

  /** Up to {@code limit} of a reporter's reports after the cursor, newest first. */
  public Uni<List<Report>> pageOfReporter(String subject, Cursor after, int limit) {
    if (after == null) {
      return find("reporterSubject = ?1 order by createdAt desc, id desc", subject)
          .range(0, limit - 1).list();
    }
    return find("reporterSubject = ?1 and (createdAt, id) < (?2, ?3)"
            + " order by createdAt desc, id desc", subject, after.createdAt(), after.id())
        .range(0, limit - 1).list();
  }
}
