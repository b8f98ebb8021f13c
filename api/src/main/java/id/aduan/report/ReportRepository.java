package id.aduan.report;

import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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

  /** Whether the report was ever forwarded to one of these agencies (report_agency's primary key). */
  public Uni<Boolean> wasForwardedToAny(UUID reportId, Set<UUID> agencies) {
    if (agencies.isEmpty()) {
      return Uni.createFrom().item(false);
    }
    return getSession().flatMap(s -> s.createNativeQuery(
            "select count(*) from report_agency where report_id = :report and agency_id in (:agencies)", Long.class)
        .setParameter("report", reportId)
        .setParameter("agencies", agencies)
        .getSingleResult())
        .map(n -> n > 0);
  }

  /** Remembers that the report went to the agency, so that it stays visible there. */
  public Uni<Integer> recordForward(UUID reportId, UUID agencyId, Instant at) {
    return getSession().flatMap(s -> s.createNativeQuery(
            "insert into report_agency (report_id, agency_id, forwarded_at) values (:report, :agency, :at)"
                + " on conflict do nothing")
        .setParameter("report", reportId)
        .setParameter("agency", agencyId)
        .setParameter("at", at)
        .executeUpdate());
  }

  /** Takes a transaction-scoped advisory lock if free: false when another instance holds it. */
  public Uni<Boolean> tryAdvisoryLock(long key) {
    return getSession().flatMap(s -> s.createNativeQuery("select pg_try_advisory_xact_lock(:key)", Boolean.class)
        .setParameter("key", key)
        .getSingleResult());
  }
}
