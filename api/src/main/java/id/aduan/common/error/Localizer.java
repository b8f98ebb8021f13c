package id.aduan.common.error;

import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error texts in the caller's language. The code names every message by key ({@link Msg}); the
 * words are in the bundle {@code i18n/messages} (English, the API's default and what the tests
 * read) and {@code i18n/messages_id} (Indonesian), whose texts may hold placeholders such as
 * {@code {max}} for the parts computed at run time. A key without an Indonesian text falls back to
 * English; LocalizerTest keeps both files complete.
 */
public final class Localizer {
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  static final String BUNDLE = "i18n.messages";
  /** A constraint message that names a key of the bundle: {@code message = "{validation.required}"}. */
  private static final Pattern KEY_TEMPLATE = Pattern.compile("\\{([A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)+)}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  // No fallback to the JVM's default locale: English is the root bundle, whatever the server runs in.
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

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

  /** The language of error texts for this Accept-Language: Indonesian when preferred, English otherwise. */
  public static Locale errorLocale(String acceptLanguage) {
    return prefersIndonesian(acceptLanguage) ? INDONESIAN : ENGLISH;
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

  public static String english(Msg msg) {
    return text(msg, ENGLISH);
  }

  /** The message in {@code locale}, its placeholders filled; the key itself if no bundle has it. */
  public static String text(Msg msg, Locale locale) {
    String template;
    try {
      template = ResourceBundle.getBundle(BUNDLE, locale, CONTROL).getString(msg.key());
    } catch (MissingResourceException e) {
      Log.warnf("No text for the message key %s", msg.key());
      return msg.key();
    }
    return fill(template, msg.args());
  }

  /**
   * A constraint violation in {@code locale}: a message named by key is rendered from the bundle
   * with the constraint's attributes ({@code {max}} of {@code @Size}); any other stays as the
   * validator wrote it.
   */
  public static String text(ConstraintViolation<?> violation, Locale locale) {
    Msg msg = keyOf(violation.getMessageTemplate(), violation.getConstraintDescriptor().getAttributes());
    return msg == null ? violation.getMessage() : text(msg, locale);
  }

  /** The message a constraint's template names, or null when it names no key of the bundle. */
  static Msg keyOf(String template, Map<String, Object> attributes) {
    Matcher m = KEY_TEMPLATE.matcher(template == null ? "" : template);
    if (!m.matches() || !ResourceBundle.getBundle(BUNDLE, ENGLISH, CONTROL).containsKey(m.group(1))) {
      return null;
    }
    return new Msg(m.group(1), attributes);
  }

  private static String fill(String template, Map<String, Object> args) {
    if (args.isEmpty()) {
      return template;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = args.containsKey(name) ? String.valueOf(args.get(name)) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }
}
