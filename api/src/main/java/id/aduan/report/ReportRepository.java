package id.aduan.report;

import id.aduan.common.NativeReads;
import id.aduan.common.NativeReads.Sql;
import id.aduan.common.crypto.PersonalDataCipher;
import id.aduan.common.paging.Cursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Queries on reports; each one is backed by an index of V1__reports.sql. */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {
  private final NativeReads reads;

  ReportRepository(NativeReads reads) {
    this.reads = reads;
  }

  public Uni<Report> findByTrackingCode(String trackingCode) {
    return find("trackingCode", trackingCode).firstResult();
  }

  /** A report and the phone number it was filed from, read on {@code conn} (a chat's transaction). */
  public record PhoneOf(ReportViews.OfPhone report, String phone) {}

  public Uni<Optional<PhoneOf>> ofPhone(SqlConnection conn, String trackingCode) {
    return conn.preparedQuery("select id, status, contact_phone from report where tracking_code = $1")
        .execute(Tuple.of(trackingCode))
        .map(rows -> {
          if (rows.size() == 0) {
            return Optional.empty();
          }
          Row row = rows.iterator().next();
          UUID id = row.getUUID("id");
          return Optional.of(new PhoneOf(new ReportViews.OfPhone(id, trackingCode,
                  ReportStatus.valueOf(row.getString("status"))),
              PersonalDataCipher.open(row.getString("contact_phone"), Report.CONTACT_PHONE, id)));
        });
  }

  /** The keyset cursor after {@code r} in the newest-first lists (a reporter's reports, the feed). */
  public static String cursorOf(Report r) {
    return new Cursor(r.createdAt, r.id).encode();
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

  /**
   * One page of a work queue, most urgent first: the admins' (no agencies given) or the
   * agencies' (reports they handle now). Backed by report_admin_queue_idx and
   * report_agency_queue_idx; the sort key due_at is 'infinity' when no clock runs.
   */
  public Uni<List<Report>> queue(Set<UUID> agencies, Set<ReportStatus> statuses, UUID categoryId, Boolean overdue,
      QueueCursor after, int limit) {
    StringBuilder filters = new StringBuilder();
    if (categoryId != null) {
      filters.append(" and r.category_id = :category");
    }
    if (overdue != null) {
      filters.append(" and r.overdue = :overdue");
    }
    if (after != null) {
      filters.append(after.due() == null
          ? " and r.due_at = 'infinity' and r.id > :afterId"
          : " and (r.due_at, r.id) > (:afterDue, :afterId)");
    }
    // The agency index (current_agency_id, due_at, id) is in order within one agency only:
    // "current_agency_id in (...)" read and sorted the whole queue of an agency tree for every
    // page. Each agency's first :limit entries in index order, merged, read at most :limit per
    // agency instead. (The agencies come from their table: Hibernate expands a list parameter
    // in parentheses, so "unnest(array[:agencies])" would make one row of them.)
    String sql = agencies == null
        ? "select r.id from report r where r.status in (:statuses)" + filters + " order by r.due_at, r.id limit :limit"
        : "select q.id from agency a cross join lateral"
            + " (select r.id, r.due_at from report r where r.current_agency_id = a.id and r.status in (:statuses)"
            + filters + " order by r.due_at, r.id limit :limit) q"
            + " where a.id in (:agencies) order by q.due_at, q.id limit :limit";
    // Ids first (the ordered, indexed part), then the rows: due_at is not an entity column.
    return getSession().flatMap(s -> {
      var q = s.createNativeQuery(sql, UUID.class)
          .setParameter("statuses", statuses.stream().map(Enum::name).toList())
          .setParameter("limit", limit);
      if (agencies != null) {
        q.setParameter("agencies", agencies);
      }
      if (categoryId != null) {
        q.setParameter("category", categoryId);
      }
      if (overdue != null) {
        q.setParameter("overdue", overdue);
      }
      if (after != null) {
        q.setParameter("afterId", after.id());
        if (after.due() != null) {
          q.setParameter("afterDue", after.due());
        }
      }
      return q.getResultList();
    }).flatMap(this::inOrder);
  }

  /**
   * The ids of one page of the public feed without a search, newest first, walking
   * report_public_feed_idx (a search ranks instead: ReportSearchRepository). Through the SQL
   * client: never call inside a session.
   */
  public Uni<List<UUID>> publicIds(PublicFilter f, Cursor after, int limit) {
    Sql sql = new Sql().append("select r.id from report r where ");
    publicWhere(sql, f, after);
    sql.append(" order by r.created_at desc, r.id desc limit ").param(limit);
    return reads.list(sql, row -> row.getUUID("id"));
  }

  /**
   * The feed's conditions (the predicate of the public partial indexes first) and the filters
   * of {@code f} but its search term, appended to {@code sql} with their values as parameters.
   */
  public static void publicWhere(Sql sql, PublicFilter f, Cursor after) {
    sql.append("not r.confidential"
        + " and r.status in ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')");
    if (f.type() != null) {
      sql.append(" and r.type = ").param(f.type().name());
    }
    if (f.categoryId() != null) {
      sql.append(" and r.category_id = ").param(f.categoryId());
    }
    if (f.agencyId() != null) {
      sql.append(" and r.current_agency_id = ").param(f.agencyId());
    }
    if (f.status() != null) {
      sql.append(" and r.status = ").param(f.status().name());
    }
    if (f.kecamatanCode() != null) {
      sql.append(" and r.kecamatan_code = ").param(f.kecamatanCode());
    }
    if (f.kelurahanCode() != null) {
      sql.append(" and r.kelurahan_code = ").param(f.kelurahanCode());
    }
    if (f.from() != null) {
      sql.append(" and r.created_at >= ").param(f.from());
    }
    if (f.to() != null) {
      sql.append(" and r.created_at < ").param(f.to());
    }
    if (after != null) {
      sql.append(" and (r.created_at, r.id) < (").param(after.createdAt()).append(", ").param(after.id()).append(")");
    }
  }

  /** Rows for ids found by a native query, in the ids' order. */
  public Uni<List<Report>> inOrder(List<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("id in ?1", ids).map(rows -> {
      Map<UUID, Report> byId = rows.stream().collect(Collectors.toMap(r -> r.id, r -> r));
      return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    });
  }

  /** Records a citizen's support; false when they had already given it. */
  public Uni<Boolean> addSupport(UUID reportId, String subject, Instant at) {
    return getSession().flatMap(s -> s.createNativeQuery(
            "insert into report_support (report_id, subject, created_at) values (:report, :subject, :at)"
                + " on conflict do nothing")
        .setParameter("report", reportId).setParameter("subject", subject).setParameter("at", at)
        .executeUpdate())
        .map(n -> n == 1);
  }
}
