package id.aduan.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row is named by column, and one that misses or invents a column never reaches the database. */
class InsertStatementTest {
  private static final InsertStatement EVENT = InsertStatement.into("report_event", "report_id", "seq",
      "details::jsonb").followedBy("on conflict do nothing");

  @Test
  void namesEachValueByItsColumn() {
    assertThat(EVENT.sql()).isEqualTo("insert into report_event (report_id, seq, details)"
        + " values (#{report_id}, #{seq}, cast(#{details} as text)::jsonb) on conflict do nothing");
  }

  @Test
  void aRowWithoutAColumnFailsBeforeItIsSent() {
    Map<String, Object> row = new HashMap<>(Map.of("report_id", "r", "seq", 1));
    // No connection is needed: the row is refused before any statement is prepared.
    assertThatThrownBy(() -> EVENT.execute(null, row)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks [details]");
    row.put("details", "{}");
    row.put("detail", "{}");
    assertThatThrownBy(() -> EVENT.executeBatch(null, List.of(row))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown [detail]");
  }
}
