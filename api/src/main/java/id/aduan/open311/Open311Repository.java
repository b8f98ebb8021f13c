package id.aduan.open311;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Open311's read model: categories as services, a city's kecamatan, and reports with their
 * category and agency in one query each. Every report query is answered by an index:
 * report_public_feed_idx for lists, report_tracking_code_uq for ids, the primary key for tokens.
 */
@ApplicationScoped
public class Open311Repository {
  /** What Open311 shows of a report, and what decides whether it may. */
  record ReportRow(UUID id, String trackingCode, String status, boolean confidential, String description,
      OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime dueAt, String address, String kecamatanCode,
      String kelurahanCode, Double latitude, Double longitude, String sourceUrl, String serviceCode,
      String serviceName, String agencyName) {}

  record ServiceRow(String code, String name, String groupName) {}

  record AreaRow(String code, String name) {}

  // The public copies of the texts, personal data masked (issue 21).
  private static final String REPORT_COLUMNS = "SELECT r.id, r.tracking_code, r.status, r.confidential,"
      + " r.public_description AS description, r.created_at, r.updated_at, nullif(r.due_at, 'infinity') AS due_at,"
      // An anonymous reporter's place is coarsened as on the public page: about 1 km, no address.
      + " CASE WHEN r.anonymous THEN NULL ELSE r.public_address END AS address, r.kecamatan_code,"
      // media_url is the photo link an Open311 client sent; a social-media post's link names its
      // author and is never public (issue 20).
      + " r.kelurahan_code,"
      + " CASE WHEN r.anonymous THEN round(r.latitude::numeric, 2)::float8 ELSE r.latitude END AS latitude,"
      + " CASE WHEN r.anonymous THEN round(r.longitude::numeric, 2)::float8 ELSE r.longitude END AS longitude,"
      + " CASE WHEN r.channel = 'OPEN311' THEN r.source_url END AS source_url,"
      + " c.code AS service_code, c.name AS service_name,"
      + " a.name AS agency_name"
      + " FROM report r LEFT JOIN category c ON c.id = r.category_id LEFT JOIN agency a ON a.id = r.current_agency_id";

  /** The same statuses as report_public_feed_idx's predicate, so that the planner can use it. */
  private static final String PUBLIC = "NOT r.confidential"
      + " AND r.status IN ('VERIFIED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')";

  private final Pool pool;

  Open311Repository(Pool pool) {
    this.pool = pool;
  }

  /** Active categories in code order, each with its parent's name. */
  public Uni<List<ServiceRow>> services() {
    return pool.query("SELECT c.code, c.name, p.name AS group_name FROM category c"
            + " LEFT JOIN category p ON p.id = c.parent_id WHERE c.active ORDER BY c.code")
        .execute().map(rows -> {
          List<ServiceRow> out = new ArrayList<>();
          rows.forEach(r -> out.add(new ServiceRow(r.getString("code"), r.getString("name"), r.getString("group_name"))));
          return out;
        });
  }

  /** The id of the active category with this code, or null. */
  public Uni<UUID> activeCategory(String code) {
    return pool.preparedQuery("SELECT id FROM category WHERE code = $1 AND active").execute(Tuple.of(code))
        .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getUUID("id") : null);
  }

  /** When the list of services last changed: discovery's changeset. */
  public Uni<OffsetDateTime> servicesChangedAt() {
    return pool.query("SELECT max(updated_at) AS at FROM category").execute()
        .map(rows -> rows.iterator().next().getOffsetDateTime("at"));
  }

  /** Kecamatan: the areas whose code has three segments (province.city.kecamatan, ADR 0006). */
  public Uni<List<AreaRow>> kecamatan() {
    return pool.query("SELECT code, name FROM area WHERE code ~ '^[0-9]+\\.[0-9]+\\.[0-9]+$' ORDER BY code")
        .execute().map(rows -> {
          List<AreaRow> out = new ArrayList<>();
          rows.forEach(r -> out.add(new AreaRow(r.getString("code"), r.getString("name"))));
          return out;
        });
  }

  public Uni<Boolean> areaExists(String code) {
    return pool.preparedQuery("SELECT 1 FROM area WHERE code = $1").execute(Tuple.of(code))
        .map(rows -> rows.iterator().hasNext());
  }

  /** Public reports submitted in [from, to], newest first, at most {@code limit}. */
  public Uni<List<ReportRow>> publicReports(OffsetDateTime from, OffsetDateTime to, List<String> statuses,
      List<String> serviceCodes, int limit) {
    StringBuilder sql = new StringBuilder(REPORT_COLUMNS).append(" WHERE ").append(PUBLIC)
        .append(" AND r.created_at >= $1 AND r.created_at <= $2");
    Tuple args = Tuple.of(from, to);
    if (statuses != null) {
      args.addArrayOfString(statuses.toArray(String[]::new));
      sql.append(" AND r.status = ANY($").append(args.size()).append(")");
    }
    if (serviceCodes != null) {
      args.addArrayOfString(serviceCodes.toArray(String[]::new));
      sql.append(" AND r.category_id IN (SELECT id FROM category WHERE code = ANY($").append(args.size()).append("))");
    }
    args.addInteger(limit);
    sql.append(" ORDER BY r.created_at DESC, r.id DESC LIMIT $").append(args.size());
    return pool.preparedQuery(sql.toString()).execute(args).map(Open311Repository::reports);
  }

  /** Reports with these tracking codes, whatever their visibility: the caller decides what to show. */
  public Uni<List<ReportRow>> byTrackingCodes(List<String> codes) {
    return pool.preparedQuery(REPORT_COLUMNS + " WHERE r.tracking_code = ANY($1) ORDER BY r.created_at DESC, r.id DESC")
        .execute(Tuple.tuple().addArrayOfString(codes.toArray(String[]::new))).map(Open311Repository::reports);
  }

  public Uni<ReportRow> byId(UUID id) {
    return pool.preparedQuery(REPORT_COLUMNS + " WHERE r.id = $1").execute(Tuple.of(id))
        .map(rows -> {
          List<ReportRow> found = reports(rows);
          return found.isEmpty() ? null : found.get(0);
        });
  }

  private static List<ReportRow> reports(Iterable<Row> rows) {
    List<ReportRow> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new ReportRow(r.getUUID("id"), r.getString("tracking_code"), r.getString("status"),
          r.getBoolean("confidential"), r.getString("description"), r.getOffsetDateTime("created_at"),
          r.getOffsetDateTime("updated_at"), r.getOffsetDateTime("due_at"), r.getString("address"),
          r.getString("kecamatan_code"), r.getString("kelurahan_code"), r.getDouble("latitude"),
          r.getDouble("longitude"), r.getString("source_url"), r.getString("service_code"),
          r.getString("service_name"), r.getString("agency_name")));
    }
    return out;
  }
}
