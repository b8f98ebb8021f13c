package id.aduan.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aduan.common.error.InvalidInputException;
import id.aduan.common.paging.Cursor;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void roundTripsToTheMicrosecond() {
    Cursor c = new Cursor(Instant.parse("2026-11-29T01:15:30.123456Z"), Uuids.v7());
    assertThat(Cursor.decode(c.encode())).isEqualTo(c);
  }

  @Test
  void firstPageHasNoCursor() {
    assertThat(Cursor.decode(null)).isNull();
    assertThat(Cursor.decode("")).isNull();
  }

  @Test
  void garbageIsAnInputError() {
    assertThatThrownBy(() -> Cursor.decode("bm90LWEtY3Vyc29y")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Cursor.decode("%%%")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void v7UuidsAreTimeOrdered() throws InterruptedException {
    var a = Uuids.v7();
    Thread.sleep(2);
    var b = Uuids.v7();
    assertThat(a.version()).isEqualTo(7);
    assertThat(a.toString().compareTo(b.toString())).isNegative();
  }
}
