package id.aduan.stats;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.report.Channel;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportType;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/**
 * The reports behind a number: a keyset-paged list, or every one of them as a CSV stream read
 * through a database cursor, so that a million rows take no more memory than a few hundred.
 * Never with the reporter's identity: the facts do not hold it, and only the title is joined.
 */
@ApplicationScoped
public class StatsReports {
  static final int FETCH = 500;
  static final String HEADER = Csv.line("trackingCode", "receivedAt", "type", "channel", "status", "categoryCode",
      "agencyCode", "kecamatanCode", "kelurahanCode", "title", "verifyDays", "verifyMet", "followUpDays",
      "followUpMet", "resolutionDays", "reopened", "rating", "confidential");

  /**
   * What narrows the list to one number of the statistics; {@code deadline} is verify or
   * followUp and {@code deadlineState} met, late or overdue, as the resource reads them.
   */
  public record Drill(boolean resolvedBasis, List<ReportStatus> statuses, Boolean overdue, Boolean reopened,
      Integer rating, String deadline, String deadlineState) {

    public Drill {
      if ((deadline == null) != (deadlineState == null)) {
        throw new InvalidInputException(deadline == null ? "deadline" : "deadlineState",
            Msg.of("validation.requiredWith", "field", deadline == null ? "deadlineState" : "deadline"));
      }
      if (rating != null && (rating < 1 || rating > 5)) {
        throw new InvalidInputException("rating", Msg.of("validation.rating"));
      }
    }
  }

  /** A Function, not a Consumer: the close must be subscribed to. */
  private static final Function<SqlConnection, Uni<Void>> CLOSE = SqlConnection::close;

  private final Pool pool;

  StatsReports(Pool pool) {
    this.pool = pool;
  }

  public Uni<Page<StatsViews.Report>> page(StatsFilter filter, StatsScope scope, Drill drill, Cursor after, int size) {
    StatsWhere w = where(filter, scope, drill);
    if (after != null) {
      w.and("(f.received_at, f.report_id) < (" + w.param(after.createdAt().atOffset(java.time.ZoneOffset.UTC))
          + ", " + w.param(after.id()) + ")");
    }
    String sql = "SELECT f.*, r.tracking_code, r.title FROM report_facts f JOIN report r ON r.id = f.report_id"
        + " WHERE " + w.sql() + " ORDER BY f.received_at DESC, f.report_id DESC LIMIT " + w.param(size + 1);
    return pool.preparedQuery(sql).execute(w.tuple()).map(rows -> {
      List<Row> list = new java.util.ArrayList<>();
      rows.forEach(list::add);
      return Page.of(list, size, r -> new Cursor(r.getOffsetDateTime("received_at").toInstant(),
          r.getUUID("report_id")).encode(), StatsReports::toView);
    });
  }

  /** The header, then the rows in batches; the connection goes back to the pool when the stream ends or is cancelled. */
  public Multi<Buffer> csv(StatsFilter filter, StatsScope scope, Drill drill) {
    StatsWhere w = where(filter, scope, drill);
    String sql = "SELECT f.*, r.tracking_code, r.title, c.code AS category_code, a.code AS agency_code"
        + " FROM report_facts f JOIN report r ON r.id = f.report_id"
        + " LEFT JOIN category c ON c.id = f.category_id LEFT JOIN agency a ON a.id = f.agency_id"
        + " WHERE " + w.sql() + " ORDER BY f.received_at DESC, f.report_id DESC";
    Multi<String> rows = Multi.createFrom().resourceFromUni(pool::getConnection,
            conn -> conn.begin().toMulti().flatMap(tx -> conn.prepare(sql).toMulti())
                .flatMap(statement -> statement.createStream(FETCH, w.tuple()).toMulti())
                .map(StatsReports::csvLine))
        .withFinalizer(CLOSE);
    return Multi.createBy().concatenating().streams(Multi.createFrom().item(HEADER), rows)
        .group().intoLists().of(FETCH)
        .map(lines -> Buffer.buffer(String.join("", lines)));
  }

  private static StatsWhere where(StatsFilter filter, StatsScope scope, Drill d) {
    StatsWhere w = StatsWhere.of(filter, scope, d.resolvedBasis() ? "resolved_on" : "received_on", filter.from(),
        filter.to());
    if (d.statuses() != null && !d.statuses().isEmpty()) {
      w.and("f.status = ANY(" + w.param(d.statuses().stream().map(Enum::name).toArray(String[]::new)) + ")");
    }
    if (d.overdue() != null) {
      w.and(d.overdue() ? "f.step_due_at < now()" : "(f.step_due_at IS NULL OR f.step_due_at >= now())");
    }
    if (d.reopened() != null) {
      w.and("f.reopened = " + w.param(d.reopened()));
    }
    if (d.rating() != null) {
      w.and("f.rating = " + w.param(d.rating().shortValue()));
    }
    if (d.deadline() != null) {
      boolean verify = d.deadline().equals("verify");
      String met = verify ? "f.verify_met" : "f.follow_up_met";
      w.and(switch (d.deadlineState()) {
        case "met" -> met;
        case "late" -> "NOT " + met;
        default -> verify ? StatsService.VERIFY_OVERDUE : StatsService.FOLLOW_UP_OVERDUE;
      });
    }
    return w;
  }

  static StatsViews.Report toView(Row r) {
    return new StatsViews.Report(r.getUUID("report_id"), r.getString("tracking_code"),
        ReportType.valueOf(r.getString("type")), Channel.valueOf(r.getString("channel")),
        ReportStatus.valueOf(r.getString("status")), r.getString("title"),
        r.getOffsetDateTime("received_at").toInstant(), r.getUUID("category_id"), r.getUUID("agency_id"),
        r.getString("kecamatan_code"), r.getString("kelurahan_code"), r.getInteger("verify_days"),
        r.getBoolean("verify_met"), r.getInteger("follow_up_days"), r.getBoolean("follow_up_met"),
        r.getInteger("resolution_days"), r.getBoolean("reopened"), r.getInteger("rating"),
        r.getBoolean("confidential"));
  }

  static String csvLine(Row r) {
    return Csv.line(r.getString("tracking_code"), r.getOffsetDateTime("received_at").toInstant(), r.getString("type"),
        r.getString("channel"), r.getString("status"), r.getString("category_code"), r.getString("agency_code"),
        r.getString("kecamatan_code"), r.getString("kelurahan_code"), r.getString("title"),
        r.getInteger("verify_days"), r.getBoolean("verify_met"), r.getInteger("follow_up_days"),
        r.getBoolean("follow_up_met"), r.getInteger("resolution_days"), r.getBoolean("reopened"),
        r.getInteger("rating"), r.getBoolean("confidential"));
  }
}
