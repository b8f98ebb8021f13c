package id.aduan.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error texts in the caller's language: the language choice, and messages rendered by key. */
class LocalizerTest {

  @Test
  void indonesianOnlyWhenPreferredOverEnglish() {
    assertThat(Localizer.prefersIndonesian("id")).isTrue();
    assertThat(Localizer.prefersIndonesian("id-ID,id;q=0.9,en;q=0.8")).isTrue();
    assertThat(Localizer.prefersIndonesian("in")).isTrue();
    assertThat(Localizer.prefersIndonesian("en-GB,en;q=0.9,id;q=0.8")).isFalse();
    assertThat(Localizer.prefersIndonesian("id;q=0")).isFalse();
    assertThat(Localizer.prefersIndonesian(null)).isFalse();
    assertThat(Localizer.prefersIndonesian("not a ;; header")).isFalse();
    assertThat(Localizer.errorLocale("id-ID")).isEqualTo(Localizer.INDONESIAN);
    assertThat(Localizer.errorLocale(null)).isEqualTo(Localizer.ENGLISH);
  }

  @Test
  void carriesComputedPartsOver() {
    assertThat(Localizer.text(Msg.of("validation.tooLong", "max", 150), Localizer.INDONESIAN))
        .isEqualTo("paling banyak 150 karakter");
    Msg transition = Msg.of("report.transition.notAllowed", "status", "VERIFIED", "action", "resolved",
        "allowed", "IN_PROGRESS");
    assertThat(Localizer.english(transition))
        .isEqualTo("The report is VERIFIED; it can be resolved only when it is IN_PROGRESS.");
    assertThat(Localizer.text(transition, Localizer.INDONESIAN))
        .isEqualTo("Laporan berstatus VERIFIED; tindakan ini (resolved) hanya bisa jika berstatus IN_PROGRESS.");
    // A value that looks like a placeholder or a regex replacement is carried over as it is.
    assertThat(Localizer.english(Msg.of("category.codeTaken", "code", "$1{max}")))
        .isEqualTo("Another category already has the code $1{max}.");
    assertThat(Localizer.english(Msg.of("validation.required"))).isEqualTo("is required");
    assertThat(Localizer.text(Msg.of("validation.required"), Localizer.INDONESIAN)).isEqualTo("wajib diisi");
    assertThat(Msg.of("validation.required")).hasToString("is required");
  }

  @Test
  void englishWhateverTheServersOwnLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(Localizer.INDONESIAN);
      assertThat(Localizer.english(Msg.of("validation.required"))).isEqualTo("is required");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownKeyShowsItselfRatherThanFailing() {
    assertThat(Localizer.text(Msg.of("no.such.key"), Localizer.INDONESIAN)).isEqualTo("no.such.key");
  }

  /** A constraint names its message as {key}; its attributes fill the placeholders. */
  @Test
  void constraintTemplatesNameKeys() {
    Msg msg = Localizer.keyOf("{validation.lengthRange}", Map.of("min", 5, "max", 150, "message", "x"));
    assertThat(Localizer.english(msg)).isEqualTo("must be 5 to 150 characters long");
    assertThat(Localizer.text(msg, Localizer.INDONESIAN)).isEqualTo("harus 5 sampai 150 karakter");
    assertThat(Localizer.keyOf("{jakarta.validation.constraints.NotNull.message}", Map.of())).isNull();
    assertThat(Localizer.keyOf("is required", Map.of())).isNull();
  }
}
