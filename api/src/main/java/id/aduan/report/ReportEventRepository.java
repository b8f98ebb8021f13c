package id.aduan.report;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** A report's events, read in order by the primary key (report_id, seq). */
@ApplicationScoped
public class ReportEventRepository implements PanacheRepositoryBase<ReportEvent, ReportEvent.Key> {

  /** Callers hold the report's row lock, so two appends cannot pick the same number. */
  public Uni<Integer> nextSeq(UUID reportId) {
    return getSession().flatMap(s -> s.createSelectionQuery(
            "select coalesce(max(e.seq), 0) + 1 from ReportEvent e where e.reportId = :report", Integer.class)
        .setParameter("report", reportId)
        .getSingleResult());
  }

  public Uni<List<ReportEvent>> page(UUID reportId, int afterSeq, int limit) {
    return find("reportId = ?1 and seq > ?2 order by seq", reportId, afterSeq).range(0, limit - 1).list();
  }

  /** The first {@code limit} events of the given types, in order (the primary key serves it). */
  public Uni<List<ReportEvent>> ofTypes(UUID reportId, java.util.Collection<ReportEvent.Type> types, int limit) {
    return find("reportId = ?1 and type in ?2 order by seq", reportId, types).range(0, limit - 1).list();
  }
}
