package id.aduan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodesTest {

  @Test
  void codesAreEightUnambiguousCharacters() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = TrackingCodes.next();
      assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
      codes.add(code);
    }
    assertThat(codes).hasSize(10_000);
  }

  @Test
  void everyLetterOfTheAlphabetIsUsed() {
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      TrackingCodes.next().chars().forEach(c -> used.add((char) c));
    }
    // Written out, not read from TrackingCodes: digits and capitals without 0, 1, I, L and O.
    Set<Character> expected = new HashSet<>();
    "23456789ABCDEFGHJKMNPQRSTUVWXYZ".chars().forEach(c -> expected.add((char) c));
    assertThat(used).isEqualTo(expected);
  }

  @Test
  void normalisesWhatPeopleType() {
    assertThat(TrackingCodes.normalise(" k7px-4m9q ")).contains("K7PX4M9Q");
    assertThat(TrackingCodes.normalise("K7PX 4M9Q")).contains("K7PX4M9Q");
  }

  @Test
  void rejectsWhatCannotBeACode() {
    assertThat(TrackingCodes.normalise("K7PX4M9")).isEmpty();
    assertThat(TrackingCodes.normalise("K7PX4M9QQ")).isEmpty();
    assertThat(TrackingCodes.normalise("K7PX4M0Q")).isEmpty();
    assertThat(TrackingCodes.normalise(null)).isEmpty();
  }
}
