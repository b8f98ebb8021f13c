package id.aduan.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two message files hold the same keys with the same placeholders, and the code names only
 * keys they hold: a message reworded in English keeps its Indonesian, and a new one cannot ship
 * without it.
 */
class MessageBundleTest {
  private static final Path RESOURCES = Path.of("src/main/resources/i18n");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  /** {@code Msg.of("key"} with its arguments up to the closing parenthesis, found by argsOf. */
  private static final Pattern MSG_OF = Pattern.compile("\\bMsg\\.of\\(");
  private static final Pattern ANNOTATION_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  /** Placeholders filled after the call site: the wait of a 429, by TooManyRequestsException. */
  private static final Set<String> FILLED_LATER = Set.of("seconds");
  /** The attributes of the constraints whose messages have placeholders (@Size). */
  private static final Set<String> CONSTRAINT_ATTRIBUTES = Set.of("min", "max");

  private static Map<String, String> english;
  private static Map<String, String> indonesian;
  private static List<Call> calls;
  private static Map<String, Set<String>> annotationKeys;

  record Call(String file, String key, List<String> names) {}

  @BeforeAll
  static void load() throws IOException {
    english = bundle("messages.properties");
    indonesian = bundle("messages_id.properties");
    calls = new ArrayList<>();
    annotationKeys = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(MessageBundleTest::scan);
    }
  }

  @Test
  void everyKeyHasBothLanguages() {
    assertThat(english).hasSizeGreaterThan(150);
    for (String file : List.of("messages.properties", "messages_id.properties")) {
      List<String> keys = lines(file).stream().map(l -> l.substring(0, l.indexOf('='))).toList();
      assertThat(keys).as("keys of %s", file).doesNotHaveDuplicates();
    }
    var untranslated = new TreeSet<>(english.keySet());
    untranslated.removeAll(indonesian.keySet());
    assertThat(untranslated).as("keys of messages.properties without an Indonesian text").isEmpty();
    var unknown = new TreeSet<>(indonesian.keySet());
    unknown.removeAll(english.keySet());
    assertThat(unknown).as("keys of messages_id.properties that messages.properties does not have").isEmpty();
    assertThat(english.entrySet()).filteredOn(e -> e.getValue().isBlank()).as("blank English texts").isEmpty();
    assertThat(indonesian.entrySet()).filteredOn(e -> e.getValue().isBlank()).as("blank Indonesian texts").isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSamePlaceholders() {
    var different = new TreeMap<String, String>();
    english.forEach((key, text) -> {
      if (!placeholders(text).equals(placeholders(indonesian.getOrDefault(key, "")))) {
        different.put(key, text + " | " + indonesian.get(key));
      }
    });
    assertThat(different).as("keys whose Indonesian fills other placeholders than the English").isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesExists() {
    assertThat(calls).hasSizeGreaterThan(150);
    var missing = new TreeSet<String>();
    calls.stream().filter(c -> !english.containsKey(c.key())).forEach(c -> missing.add(c.key() + " in " + c.file()));
    annotationKeys.forEach((key, files) -> {
      if (!english.containsKey(key)) {
        missing.add(key + " in " + files);
      }
    });
    assertThat(missing).as("keys named in the code but not in i18n/messages.properties").isEmpty();
  }

  /** A key nothing names is a message nobody reads: delete it, or name it where it is meant. */
  @Test
  void everyKeyIsNamedByTheCode() {
    var named = new TreeSet<String>(annotationKeys.keySet());
    calls.forEach(c -> named.add(c.key()));
    assertThat(new TreeSet<>(english.keySet())).as("keys that no code names").isSubsetOf(named);
  }

  /** The names given at a call site are the placeholders of its text: none misspelt, none forgotten. */
  @Test
  void callSitesFillThePlaceholders() {
    var wrong = new TreeSet<String>();
    for (Call c : calls) {
      Set<String> wanted = placeholders(english.getOrDefault(c.key(), ""));
      Set<String> given = new TreeSet<>(c.names());
      Set<String> expected = new TreeSet<>(wanted);
      expected.removeAll(FILLED_LATER);
      if (!given.containsAll(expected) || !wanted.containsAll(given)) {
        wrong.add(c.key() + " in " + c.file() + ": gives " + given + ", the text has " + wanted);
      }
    }
    annotationKeys.keySet().forEach(key -> {
      Set<String> wanted = placeholders(english.getOrDefault(key, ""));
      if (!CONSTRAINT_ATTRIBUTES.containsAll(wanted)) {
        wrong.add(key + " in a constraint: " + wanted + " are not constraint attributes");
      }
    });
    assertThat(wrong).isEmpty();
  }

  /** Constraint messages name keys too ("{validation.required}"), never English words. */
  @Test
  void constraintMessagesAreKeys() {
    var words = new TreeSet<String>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
        Matcher m = ANNOTATION_MESSAGE.matcher(read(f));
        while (m.find()) {
          if (!m.group(1).matches("\\{[\\w.]+}")) {
            words.add(f.getFileName() + ": " + m.group(1));
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(words).as("constraint messages written as text").isEmpty();
    assertThat(annotationKeys).containsKeys("validation.required", "validation.tooLong");
  }

  private static void scan(Path file) {
    String source = read(file);
    String name = file.getFileName().toString();
    Matcher m = MSG_OF.matcher(source);
    while (m.find()) {
      if (name.equals("Msg.java")) {
        continue;
      }
      List<String> args = splitTopLevel(argsOf(source, m.end()));
      String key = literal(args.get(0));
      assertThat(key).as("Msg.of in %s names its key as a string literal: %s", name, args.get(0)).isNotNull();
      List<String> names = new ArrayList<>();
      for (int i = 1; i < args.size(); i += 2) {
        String argName = literal(args.get(i));
        assertThat(argName).as("placeholder names in %s are string literals: %s", name, args.get(i)).isNotNull();
        names.add(argName);
      }
      calls.add(new Call(name, key, names));
    }
    Matcher a = ANNOTATION_MESSAGE.matcher(source);
    while (a.find()) {
      Matcher key = Pattern.compile("\\{([\\w.]+)}").matcher(a.group(1));
      if (key.matches()) {
        annotationKeys.computeIfAbsent(key.group(1), k -> new TreeSet<>()).add(name);
      }
    }
  }

  private static Set<String> placeholders(String text) {
    return PLACEHOLDER.matcher(text).results().map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String literal(String expression) {
    String e = expression.strip();
    return e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"") && e.indexOf('"', 1) == e.length() - 1
        ? e.substring(1, e.length() - 1) : null;
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

  private static List<String> splitTopLevel(String s) {
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
      } else if (c == ',' && depth == 0) {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  private static Map<String, String> bundle(String file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }

  /** The key=text lines of a message file. */
  private static List<String> lines(String file) {
    return read(RESOURCES.resolve(file)).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
