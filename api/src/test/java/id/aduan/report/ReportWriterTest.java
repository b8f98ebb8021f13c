package id.aduan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.common.crypto.PersonalDataCipher;
import id.aduan.common.security.Caller;
import id.aduan.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new report written through the SQL client (ReportWriter, ADR 0024) is the same, row for row,
 * as one written through Hibernate, and no column of the schema is left out.
 */
@QuarkusTest
class ReportWriterTest {
  private static final Pattern COLUMNS = Pattern.compile("insert into (\\w+) \\(([^)]*)\\)");

  @Inject
  ReportWriter writer;

  @Inject
  ReportService service;

  @Inject
  Pool pool;

  @Inject
  ObjectMapper json;

  /** A new column the writer does not know would be left empty (or at its default) for web reports. */
  @Test
  @RunOnVertxContext
  void everyColumnOfTheTablesIsWritten(UniAsserter asserter) {
    for (String insert : List.of(ReportWriter.INSERT_REPORT, ReportWriter.INSERT_EVENT, ReportWriter.INSERT_FACTS,
        Outbox.INSERT)) {
      var m = COLUMNS.matcher(insert);
      assertThat(m.find()).isTrue();
      String table = m.group(1);
      List<String> written = Arrays.stream(m.group(2).split(",")).map(String::strip).sorted().toList();
      // report.search_names is the report_search_names trigger's to write (V22), on every insert.
      asserter.assertThat(() -> pool.preparedQuery("select column_name from information_schema.columns"
              + " where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER'"
              + " and (table_name, column_name) <> ('report', 'search_names')"
              + " order by column_name").execute(Tuple.of(table)),
          rows -> {
            List<String> columns = new ArrayList<>();
            rows.forEach(r -> columns.add(r.getString("column_name")));
            assertThat(written).as(table).isEqualTo(columns);
          });
    }
  }

  @Test
  @RunOnVertxContext
  void writesTheRowsHibernateWrites(UniAsserter asserter) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Report viaSql = everyField(at);
    Report viaHibernate = everyField(at);
    asserter.execute(() -> writer.write(viaSql, Caller.GUEST, null));
    asserter.execute(() -> Panache.withTransaction(() -> service.create(viaHibernate, Caller.GUEST)));
    for (String table : List.of("report", "report_event", "report_facts", "outbox")) {
      asserter.assertThat(() -> rows(table, viaSql).flatMap(a -> rows(table, viaHibernate).map(b -> List.of(a, b))),
          both -> {
            assertThat(both.get(0)).as(table).isNotEmpty();
            assertThat(both.get(0)).as(table).isEqualTo(both.get(1));
          });
    }
  }

  @Test
  @RunOnVertxContext
  void aTakenTrackingCodeIsRecognisedForRetry(UniAsserter asserter) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Report first = everyField(at);
    Report second = everyField(at);
    second.trackingCode = first.trackingCode;
    asserter.execute(() -> writer.write(first, Caller.GUEST, null));
    asserter.assertFailedWith(() -> writer.write(second, Caller.GUEST, null),
        failure -> assertThat(ReportService.isTrackingCodeTaken(failure)).isTrue());
    // Nothing of the failed attempt stays behind.
    asserter.assertThat(() -> rows("report_event", second), rows -> assertThat(rows).isEmpty());
  }

  /** A guest's web report with every field a submission can set. */
  private static Report everyField(Instant at) {
    var submission = new ReportSubmission(ReportType.COMPLAINT, "Lampu jalan mati di Gang Seroja",
        "Sudah seminggu lampu jalan mati, gang gelap di malam hari.",
        new ReportSubmission.Contact("Warga Uji", "warga.uji@aduan.test", "+6281234567890"), null,
        new ReportSubmission.Location(-10.1772, 123.607, "53.71.04", "53.71.04.1001", "Gang Seroja no. 3"),
        LocalDate.now().minusDays(2), true, false);
    Report r = ReportService.newReport(submission, new ReportService.Intake(Channel.WEB, "en", null, null, true),
        Caller.GUEST, "pin-hash-uji");
    r.createdAt = at;
    r.updatedAt = at;
    return r;
  }

  /**
   * The report's rows in {@code table} as JSON, with what differs between two reports by design
   * replaced: the ids, the tracking code, the random nonce of each encrypted value, and when an
   * outbox message was queued.
   */
  private Uni<List<String>> rows(String table, Report r) {
    String key = table.equals("report") ? "id" : "report_id";
    String order = table.equals("outbox") ? " order by kind, event_type" : "";
    return pool.preparedQuery("select to_jsonb(t)::text as row from " + table + " t where " + key + " = $1" + order)
        .execute(Tuple.of(r.id))
        .map(rows -> {
          List<String> out = new ArrayList<>();
          for (Row row : rows) {
            out.add(normalised(table, row.getString("row"), r));
          }
          // Sealed destinations do not sort as their addresses do: compare the rows as a set.
          java.util.Collections.sort(out);
          return out;
        });
  }

  private String normalised(String table, String row, Report r) {
    try {
      ObjectNode o = (ObjectNode) json.readTree(row.replace(r.id.toString(), "<report>")
          .replace(r.trackingCode, "<code>"));
      for (String field : List.of("contact_name", "contact_email", "contact_phone")) {
        if (o.hasNonNull(field)) {
          o.put(field, PersonalDataCipher.open(o.get(field).asText(), new PersonalDataCipher.Column("report", field), r.id));
        }
      }
      if (o.hasNonNull("destination")) {
        o.put("destination", PersonalDataCipher.open(o.get("destination").asText(),
            new PersonalDataCipher.Column("outbox", "destination"), java.util.UUID.fromString(o.get("id").asText())));
      }
      o.remove(table.equals("outbox") ? List.of("id", "created_at", "next_attempt_at") : List.of("id"));
      return json.writeValueAsString(o);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
