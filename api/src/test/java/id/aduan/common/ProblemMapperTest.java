package id.aduan.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.error.ConflictException;
import id.aduan.common.error.Msg;
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
    Response r = mapper.conflict(new ConflictException(Msg.of("report.support.already")), null, null);
    assertThat(r.getStatus()).isEqualTo(409);
    assertThat(r.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    assertThat(((Problem) r.getEntity()).detail()).isEqualTo("You already support this report.");
  }

  @Test
  void constraintViolationIs409WithoutSqlDetails() {
    var e = new org.hibernate.exception.ConstraintViolationException(
        "duplicate key value violates unique constraint \"report_tracking_code_uq\"",
        new SQLException("duplicate key", "23505"), "report_tracking_code_uq");
    Response r = mapper.uniqueViolation(e, null, null);
    assertThat(r.getStatus()).isEqualTo(409);
    assertThat(((Problem) r.getEntity()).detail()).doesNotContain("report_tracking_code_uq", "duplicate key");
  }

  @Test
  void unexpectedErrorHidesItsCause() {
    Response r = mapper.unexpected(new IllegalStateException("secret internals at id.aduan.X"), null, null);
    assertThat(r.getStatus()).isEqualTo(500);
    Problem p = (Problem) r.getEntity();
    assertThat(p.detail()).doesNotContain("secret", "IllegalState", "id.aduan");
  }

  @Test
  void theDatabaseAwayIs503WithRetryAfterAndOtherDatabaseErrorsAreNot() {
    var refused = new java.util.concurrent.CompletionException(new java.net.ConnectException("Connection refused"));
    var shuttingDown = new RuntimeException(new io.vertx.pgclient.PgException(
        "terminating connection due to administrator command", "FATAL", "57P01", null));
    for (Throwable away : new Throwable[] {refused, shuttingDown}) {
      Response r = mapper.unexpected(away, null, null);
      assertThat(r.getStatus()).isEqualTo(503);
      assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
      assertThat(((Problem) r.getEntity()).detail()).doesNotContain("Connection", "57P01", "administrator");
    }
    var syntax = new io.vertx.pgclient.PgException("syntax error", "ERROR", "42601", null);
    assertThat(mapper.unexpected(syntax, null, null).getStatus()).isEqualTo(500);
  }
}
