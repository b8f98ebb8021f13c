package id.aduan.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Error texts in Indonesian: the language choice, the placeholders, and a table that misses nothing. */
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
  }

  @Test
  void carriesComputedPartsOver() {
    assertThat(Localizer.translate("must be at most 150 characters long", true)).isEqualTo("paling banyak 150 karakter");
    assertThat(Localizer.translate("The report is VERIFIED; it can be resolved only when it is IN_PROGRESS.", true))
        .isEqualTo("Laporan berstatus VERIFIED; tindakan ini (resolved) hanya bisa jika berstatus IN_PROGRESS.");
    assertThat(Localizer.translate("must be at most 100 characters long; must be an email address such as nama@contoh.id", true))
        .isEqualTo("paling banyak 100 karakter; harus alamat email seperti nama@contoh.id");
    assertThat(Localizer.translate("is required", false)).isEqualTo("is required");
    assertThat(Localizer.translate("a text nobody translated", true)).isEqualTo("a text nobody translated");
  }

  /**
   * Every error text written in the code has its Indonesian line: the messages of validation
   * annotations, of the exceptions that carry a message, of the tree rules and of the mapper.
   * Parts computed at run time (`"The report is " + r.status + ...`) count as placeholders.
   */
  @Test
  void everyErrorTextOfTheCodeIsTranslated() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> texts.addAll(errorTexts(read(f))));
    }
    assertThat(texts).hasSizeGreaterThan(60);
    var missing = new TreeSet<String>();
    texts.stream().filter(t -> !Localizer.knows(t)).forEach(missing::add);
    assertThat(missing).as("English error texts without a line in i18n/messages_id.tsv").isEmpty();
  }

  private static final Pattern CALL = Pattern.compile(
      "message\\s*=\\s*|new (?:InvalidInputException|ConflictException|NotFoundException|InvalidFileException|InvalidApiKeyException|Trees\\.Words|Problem)\\(|"
          + "\\bproblem\\(|\\binvalid\\(|super\\(");

  /** The message arguments of the calls above, string literals joined and computed parts as "X". */
  static List<String> errorTexts(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = CALL.matcher(source);
    while (m.find()) {
      boolean annotation = m.group().startsWith("message");
      String args = annotation ? source.substring(m.end(), endOfLiteralChain(source, m.end())) : argsOf(source, m.end());
      for (String arg : annotation ? List.of(args) : splitTopLevel(args, ',')) {
        String text = asText(arg.strip());
        if (text != null && text.replace("X", "").chars().anyMatch(Character::isLetter) && text.contains(" ")) {
          out.add(text);
        }
      }
    }
    return out;
  }

  private static String asText(String expression) {
    if (!expression.contains("\"")) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String part : splitTopLevel(expression, '+')) {
      String p = part.strip();
      text.append(p.startsWith("\"") && p.endsWith("\"") ? p.substring(1, p.length() - 1).replace("\\\"", "\"") : "X");
    }
    return text.toString();
  }

  private static int endOfLiteralChain(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ')') {
      if (s.charAt(i) == '"') {
        i = s.indexOf('"', i + 1);
      }
      i++;
    }
    return i;
  }

  private static String argsOf(String s, int from) {
    int depth = 1;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        while (s.charAt(++i) != '"') {
          if (s.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return s.substring(from, i);
      }
    }
    return "";
  }

  private static List<String> splitTopLevel(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        while (++i < s.length() && s.charAt(i) != '"') {
          if (s.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      } else if (c == separator && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
