package id.aduan.report.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.crypto.Pepper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PinsTest {
  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
  static final byte[] OTHER = "fedcba9876543210fedcba9876543210".getBytes();
  final Pins pins = new Pins(Pepper.of(KEY, List.of()));

  @Test
  void pinIsSixDigits() {
    for (int i = 0; i < 1_000; i++) {
      assertThat(Pins.next()).matches("[0-9]{6}");
    }
  }

  @Test
  void hashMatchesOnlyItsPinAndIsCheap() {
    String stored = pins.hash("482913");
    assertThat(stored).startsWith("hmac1$").doesNotContain("482913");
    assertThat(Pins.isCheap(stored)).isTrue();
    assertThat(pins.matches("482913", stored)).isTrue();
    assertThat(pins.matches("482914", stored)).isFalse();
    assertThat(pins.hash("123456")).isNotEqualTo(pins.hash("123456"));
  }

  @Test
  void aDumpedHashConfirmsNoGuessWithoutThePepper() {
    String stored = pins.hash("482913");
    // Whoever has the database but not the configuration tries every PIN under another key.
    Pins attacker = new Pins(Pepper.of(OTHER, List.of()));
    assertThat(attacker.matches("482913", stored)).isFalse();
  }

  @Test
  void aRetiredPepperStillOpensWhatItMadeAndNewHashesUseTheCurrentOne() {
    String old = pins.hash("482913");
    String oldKey = pins.accessKey(UUID.fromString("01900000-0000-7000-8000-000000000001"));
    Pins rotated = new Pins(Pepper.of(OTHER, List.of(KEY)));
    assertThat(rotated.matches("482913", old)).isTrue();
    assertThat(rotated.matchesAccessKey(UUID.fromString("01900000-0000-7000-8000-000000000001"), oldKey)).isTrue();
    assertThat(rotated.hash("482913").split("\\$")[1]).isNotEqualTo(old.split("\\$")[1]);
  }

  @Test
  void aLegacyPbkdf2HashIsWrappedAndStillMatchesItsPin() {
    // The demo data's hash of 123456, as written before the pepper.
    String legacy = "pbkdf2-sha256$20000$YWR1YW4tZGVtby1zYWx0IQ==$6ZO7d6ZUT9LooXvj4c8aHo+XwMwX6qQjprfYHnhSY2w=";
    assertThat(pins.matches("123456", legacy)).isTrue();
    String wrapped = pins.wrap(legacy);
    assertThat(wrapped).startsWith("pbkdf2-hmac1$").doesNotContain("6ZO7d6ZUT9LooXvj4c8aHo");
    assertThat(Pins.isCheap(wrapped)).isFalse();
    assertThat(pins.matches("123456", wrapped)).isTrue();
    assertThat(pins.matches("123457", wrapped)).isFalse();
    assertThat(new Pins(Pepper.of(OTHER, List.of())).matches("123456", wrapped)).isFalse();
    assertThat(pins.wrap(wrapped)).isEqualTo(wrapped);
  }

  @Test
  void anAccessKeyOpensItsReportOnly() {
    UUID id = UUID.fromString("01900000-0000-7000-8000-000000000001");
    UUID other = UUID.fromString("01900000-0000-7000-8000-000000000002");
    String key = pins.accessKey(id);
    assertThat(Pins.isAccessKey(key)).isTrue();
    assertThat(key).isEqualTo(pins.accessKey(id));
    assertThat(pins.matchesAccessKey(id, key)).isTrue();
    assertThat(pins.matchesAccessKey(other, key)).isFalse();
    char last = key.charAt(key.length() - 1);
    assertThat(pins.matchesAccessKey(id, key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A'))).isFalse();
    assertThat(new Pins(Pepper.of(OTHER, List.of())).matchesAccessKey(id, key)).isFalse();
    assertThat(Pins.isAccessKey("123456")).isFalse();
  }

  @Test
  void damagedHashesMatchNothing() {
    assertThat(pins.matches("123456", "hmac1$zz$!!$!!")).isFalse();
    assertThat(pins.matches("123456", "something else")).isFalse();
    assertThat(pins.matches("12345", pins.hash("12345"))).isFalse();
  }
}
