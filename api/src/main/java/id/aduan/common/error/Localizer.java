package id.aduan.common.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error texts in the caller's language. The code writes every message in English (the API's
 * default, and what the tests read); for an {@code Accept-Language} that prefers Indonesian the
 * text is looked up in {@code i18n/messages_id.tsv}, whose English templates may hold
 * placeholders such as {@code {max}} for the parts computed at run time. A text without a
 * translation stays English rather than failing.
 */
public final class Localizer {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final List<Entry> INDONESIAN = load("/i18n/messages_id.tsv");

  private Localizer() {}

  /** Whether the Accept-Language header prefers Indonesian ({@code id}, or the legacy {@code in}) over English. */
  public static boolean prefersIndonesian(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String lang = range.getRange().split("-")[0];
        if (lang.equals("id") || lang.equals("in")) {
          return range.getWeight() > 0;
        }
        if (lang.equals("en")) {
          return false;
        }
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    return false;
  }

  /**
   * The language to write to a reporter in, from their Accept-Language: English only when they
   * prefer it to Indonesian; Indonesian, the city's language, otherwise and by default.
   */
  public static String reporterLanguage(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return "id";
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String lang = range.getRange().split("-")[0];
        if (lang.equals("en") && range.getWeight() > 0) {
          return "en";
        }
        if (lang.equals("id") || lang.equals("in")) {
          return "id";
        }
      }
    } catch (IllegalArgumentException e) {
      return "id";
    }
    return "id";
  }

  public static String translate(String english, boolean indonesian) {
    if (!indonesian || english == null) {
      return english;
    }
    for (Entry e : INDONESIAN) {
      Matcher m = e.english().matcher(english);
      if (m.matches()) {
        String out = e.indonesian();
        for (int i = 0; i < e.names().size(); i++) {
          out = out.replace("{" + e.names().get(i) + "}", m.group(i + 1));
        }
        return out;
      }
    }
    // Several messages for one field are joined with "; ".
    if (english.contains("; ")) {
      List<String> parts = new ArrayList<>();
      for (String part : english.split("; ")) {
        parts.add(translate(part, true));
      }
      return String.join("; ", parts);
    }
    return english;
  }

  /** Whether some English template matches {@code english} (for the test that keeps the table complete). */
  static boolean knows(String english) {
    return INDONESIAN.stream().anyMatch(e -> e.english().matcher(english).matches());
  }

  private record Entry(Pattern english, List<String> names, String indonesian) {}

  private static List<Entry> load(String resource) {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = Localizer.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalStateException(resource + ": not two tab-separated columns: " + line);
        }
        entries.add(compile(cols[0], cols[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }

  private static Entry compile(String template, String indonesian) {
    List<String> names = new ArrayList<>();
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(last, m.start()))).append("(.+?)");
      names.add(m.group(1));
      last = m.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new Entry(Pattern.compile(regex.toString(), Pattern.DOTALL), names, indonesian);
  }
}
