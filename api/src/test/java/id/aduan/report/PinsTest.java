package id.aduan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinsTest {

  @Test
  void pinIsSixDigits() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(Pins.next()).matches("[0-9]{6}");
    }
  }

  @Test
  void hashMatchesOnlyItsPin() {
    String stored = Pins.hash("482913");
    assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain("482913");
    assertThat(Pins.matches("482913", stored)).isTrue();
    assertThat(Pins.matches("482914", stored)).isFalse();
  }

  @Test
  void samePinHashesDifferently() {
    assertThat(Pins.hash("123456")).isNotEqualTo(Pins.hash("123456"));
  }
}
