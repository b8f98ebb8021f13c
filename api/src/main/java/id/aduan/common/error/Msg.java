package id.aduan.common.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message for a person, by key: its words live in {@code i18n/messages*.properties}, one file per
 * language, and {@code args} fill the placeholders such as {@code {max}} with parts computed at
 * run time. Rendered only when the caller's language is known (Localizer).
 */
public record Msg(String key, Map<String, Object> args) {
  public Msg {
    args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
  }

  /** {@code Msg.of("paging.size", "max", 100)}: the key, then placeholder names and their values. */
  public static Msg of(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values in pairs: " + key);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Msg(key, args);
  }

  /** This message with one more placeholder filled. */
  public Msg with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(args);
    more.put(name, value);
    return new Msg(key, more);
  }

  /** The English text, for logs and exception messages. */
  @Override
  public String toString() {
    return Localizer.english(this);
  }
}
