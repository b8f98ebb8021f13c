package id.aduan.report.intake;

import id.aduan.report.Channel;
import id.aduan.report.ReportSubmission;
import id.aduan.report.ReportType;
import id.aduan.report.ReportFactsRepository;
import id.aduan.report.Report;
import id.aduan.report.ReportStatus;
import id.aduan.report.ReportRepository;
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
 * The one writer of new reports (ReportWriter, ADR 0024): no column of the schema is left out,
 * Hibernate reads back what it wrote, a taken tracking code is drawn again, and a caller's
 * transaction takes the report with it.
 */
@QuarkusTest
class ReportWriterTest {
  private static final Pattern COLUMNS = Pattern.compile("insert into (\\w+) \\(([^)]*)\\)");

  @Inject
  ReportWriter writer;

  @Inject
  ReportRepository reports;

  @Inject
  ReportFactsRepository facts;

  @Inject
  Pool pool;

  @Inject
  ObjectMapper json;

  /** A new column the writer does not know would be left empty (or at its default) for web reports. */
  @Test
  @RunOnVertxContext
  void everyColumnOfTheTablesIsWritten(UniAsserter asserter) {
    for (String insert : List.of(ReportWriter.INSERT_REPORT.sql(), ReportWriter.INSERT_EVENT.sql(),
        ReportWriter.INSERT_FACTS.sql(), Outbox.INSERT.sql())) {
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

  /**
   * What the writer stores is what Hibernate reads back: the SQL column lists and the entities'
   * mappings agree, field by field (the sealed columns differ only by their random nonces).
   */
  @Test
  @RunOnVertxContext
  void hibernateReadsBackWhatWasWritten(UniAsserter asserter) {
    Report written = everyField(Instant.now().truncatedTo(ChronoUnit.MICROS));
    asserter.execute(() -> writer.write(written, Caller.GUEST, null));
    asserter.assertThat(() -> Panache.withSession(() -> reports.findById(written.id)),
        read -> assertThat(read).usingRecursiveComparison()
            .ignoringFields("sealedContactName", "sealedContactEmail", "sealedContactPhone")
            // Hibernate's own bookkeeping, added to the class by its bytecode enhancement.
            .ignoringFieldsMatchingRegexes("\\$\\$_hibernate_.*")
            .isEqualTo(written));
    asserter.assertThat(() -> Panache.withSession(() -> facts.findById(written.id)), f -> {
      assertThat(f.status).isEqualTo(ReportStatus.SUBMITTED);
      assertThat(f.channel).isEqualTo(Channel.WEB);
      assertThat(f.receivedAt).isEqualTo(written.createdAt);
      assertThat(f.kelurahanCode).isEqualTo("53.71.04.1001");
      assertThat(f.stepDueAt).isEqualTo(written.verifyDueAt);
    });
    asserter.assertThat(() -> rows("report_event", written), rows -> assertThat(rows).singleElement()
        .satisfies(row -> assertThat(row).contains("\"type\":\"SUBMITTED\"", "\"actor_role\":\"guest\"")));
  }

  /** A taken code is drawn again in the same transaction, so that a chat's transaction survives it. */
  @Test
  @RunOnVertxContext
  void aTakenTrackingCodeIsDrawnAgain(UniAsserter asserter) {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Report first = everyField(at);
    Report second = everyField(at);
    String taken = first.trackingCode;
    second.trackingCode = taken;
    asserter.execute(() -> writer.write(first, Caller.GUEST, null));
    asserter.execute(() -> pool.withTransaction(conn -> writer.write(conn, second, Caller.GUEST, null)));
    asserter.assertThat(() -> pool.preparedQuery("select tracking_code from report where id = $1")
            .execute(Tuple.of(second.id)).map(rows -> rows.iterator().next().getString("tracking_code")),
        code -> assertThat(code).isNotEqualTo(taken).isEqualTo(second.trackingCode));
    // The receipt names the code the report was stored under.
    asserter.assertThat(() -> pool.preparedQuery("select payload::text as p from outbox where report_id = $1")
            .execute(Tuple.of(second.id)).map(rows -> rows.iterator().next().getString("p")),
        payload -> assertThat(payload).contains(second.trackingCode).doesNotContain(taken));
  }

  /** Joined to a caller's transaction (a chat's), the report is rolled back with it: nothing stays. */
  @Test
  @RunOnVertxContext
  void aReportInACallersTransactionGoesWithIt(UniAsserter asserter) {
    Report r = everyField(Instant.now().truncatedTo(ChronoUnit.MICROS));
    asserter.assertFailedWith(() -> pool.withTransaction(conn -> writer.write(conn, r, Caller.GUEST, null)
            .flatMap(x -> Uni.createFrom().failure(new IllegalStateException("the chat failed after filing")))),
        failure -> assertThat(failure).hasMessage("the chat failed after filing"));
    for (String table : List.of("report", "report_event", "report_facts", "outbox")) {
      asserter.assertThat(() -> rows(table, r), rows -> assertThat(rows).as(table).isEmpty());
    }
  }

  /** A guest's web report with every field a submission can set. */
  private static Report everyField(Instant at) {
    var submission = new ReportSubmission(ReportType.COMPLAINT, "Lampu jalan mati di Gang Seroja",
        "Sudah seminggu lampu jalan mati, gang gelap di malam hari.",
        new ReportSubmission.Contact("Warga Uji", "warga.uji@aduan.test", "+6281234567890"), null,
        new ReportSubmission.Location(-10.1772, 123.607, "53.71.04", "53.71.04.1001", "Gang Seroja no. 3"),
        LocalDate.now().minusDays(2), true, false);
    Report r = ReportIntakeService.newReport(submission, new ReportIntakeService.Intake(Channel.WEB, "en", null, null, true),
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
