package id.aduan.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.error.ConflictException;
import id.aduan.common.error.Problem;
import id.aduan.common.error.ProblemMapper;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Mappings that no endpoint of the skeleton triggers yet. */
class ProblemMapperTest {
  final ProblemMapper mapper = new ProblemMapper();

  @Test
  void conflictIs409Problem() {
    Response r = mapper.conflict(new ConflictException("The report was changed meanwhile."), null);
    assertThat(r.getStatus()).isEqualTo(409);
    assertThat(r.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(((Problem) r.getEntity()).detail()).isEqualTo("The report was changed meanwhile.");
  }

  @Test
  void constraintViolationIs409WithoutSqlDetails() {
    var e = new org.hibernate.exception.ConstraintViolationException(
        "duplicate key value violates unique constraint \"report_tracking_code_uq\"",
        new SQLException("duplicate key", "23505"), "report_tracking_code_uq");
    Response r = mapper.uniqueViolation(e, null);
    assertThat(r.getStatus()).isEqualTo(409);
    assertThat(((Problem) r.getEntity()).detail()).doesNotContain("report_tracking_code_uq", "duplicate key");
  }

  @Test
  void unexpectedErrorHidesItsCause() {
    Response r = mapper.unexpected(new IllegalStateException("secret internals at id.aduan.X"), null);
    assertThat(r.getStatus()).isEqualTo(500);
    Problem p = (Problem) r.getEntity();
    assertThat(p.detail()).doesNotContain("secret", "IllegalState", "id.aduan");
  }
}
