package id.aduan.report.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a citizen typed into the search box, as text for {@code to_tsquery('indonesian', ...)}
 * (ADR 0029). Web-search style: plain words are alternatives (OR, ranked: the more of them a report
 * holds, the higher it ranks), {@code "a quoted phrase"} and {@code -word} are required (a phrase's
 * words in order, a word absent), {@code or} between phrases makes them alternatives too, and the
 * last word is a prefix while it is being typed (the input ends with it). Every word is cut down to
 * letters and digits, so no input can make a tsquery syntax error; an input without a usable word
 * is no search at all ({@link #parse} answers null).
 *
 * @param any the tsquery a report must match: the alternatives, the required phrases and exclusions
 * @param all the same with every plain word required, to rank reports holding them all first; null
 *     with fewer than two plain words
 * @param text the words as typed (letters and digits), for trigram similarity on titles; null when the
 *     input has phrases or exclusions, which a title found so could not be held to
 */
public record SearchQuery(String any, String all, String text) {
  /** Words taken from one input: a longer input costs more to rank and says no more. */
  static final int MAX_WORDS = 12;
  /** Letters kept of one word: longer ones are no word a report holds. */
  static final int MAX_WORD = 40;
  /** Letters a word being typed needs before it is taken as a prefix. */
  static final int MIN_PREFIX = 3;

  private record Term(List<String> words, boolean phrase, boolean negated, boolean orBefore) {
    String tsquery() {
      return words.size() == 1 ? words.get(0) : "(" + String.join(" <-> ", words) + ")";
    }
  }

  /** Null when the input holds no word to search for (only punctuation, only exclusions). */
  public static SearchQuery parse(String input) {
    if (input == null) {
      return null;
    }
    String s = Normalizer.normalize(input, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<Term> terms = new ArrayList<>();
    int count = 0;
    boolean orNext = false;
    int i = 0;
    while (i < s.length() && count < MAX_WORDS) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (c == '-' && i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
        negated = true;
        i++;
        c = s.charAt(i);
      }
      int end;
      boolean phrase = c == '"';
      if (phrase) {
        int close = s.indexOf('"', i + 1);
        end = close < 0 ? s.length() : close;
        i++;
      } else {
        end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
          end++;
        }
      }
      List<String> words = words(s.substring(i, end), MAX_WORDS - count);
      i = phrase ? end + 1 : end;
      if (!phrase && !negated && words.equals(List.of("or")) && !terms.isEmpty()) {
        orNext = true;
        continue;
      }
      if (words.isEmpty()) {
        continue;
      }
      // A plain token such as "e-ktp" or "jl.sudirman" holds several words: each is one more alternative.
      if (phrase || negated) {
        terms.add(new Term(words, true, negated, orNext));
      } else {
        for (String w : words) {
          terms.add(new Term(List.of(w), false, false, orNext));
        }
      }
      count += words.size();
      orNext = false;
    }
    List<Term> positive = terms.stream().filter(t -> !t.negated()).toList();
    if (positive.isEmpty()) {
      return null;
    }
    // The last word is still being typed: a prefix, unless a space or a quote ended it.
    // (Not a word of one or two letters: its prefix would read a large part of the index.)
    boolean typing = (i >= s.length() || s.substring(i).isBlank()) && Character.isLetterOrDigit(s.codePointBefore(s.length()));
    Term last = terms.get(terms.size() - 1);
    boolean prefix = typing && !last.phrase() && last.words().get(0).length() >= MIN_PREFIX;

    List<String> alternatives = new ArrayList<>();
    List<String> required = new ArrayList<>();
    List<String> everyWord = new ArrayList<>();
    boolean anyOr = terms.stream().anyMatch(Term::orBefore);
    for (Term t : positive) {
      String q = t == last && prefix ? t.tsquery() + ":*" : t.tsquery();
      if (t.phrase() && !anyOr) {
        required.add(q);
      } else {
        alternatives.add(q);
      }
      everyWord.add(q);
    }
    String exclusions = terms.stream().filter(Term::negated).map(t -> " & !" + t.tsquery())
        .collect(Collectors.joining());
    String any = and(required, alternatives) + exclusions;
    long plain = positive.stream().filter(t -> !t.phrase()).count();
    String all = plain < 2 || anyOr ? null : String.join(" & ", everyWord) + exclusions;
    // A mistyped word is looked for in titles only when nothing else is required of them.
    boolean plainOnly = terms.stream().noneMatch(Term::phrase);
    String text = !plainOnly ? null
        : positive.stream().flatMap(t -> t.words().stream()).collect(Collectors.joining(" "));
    return new SearchQuery(any, all, text);
  }

  private static String and(List<String> required, List<String> alternatives) {
    List<String> parts = new ArrayList<>(required);
    if (!alternatives.isEmpty()) {
      parts.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")");
    }
    return String.join(" & ", parts);
  }

  /** The runs of letters and digits in {@code s}, each cut to {@value #MAX_WORD} characters. */
  static List<String> words(String s, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= s.length() && out.size() < max; ) {
      int cp = i < s.length() ? s.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(cp)) {
        if (word.length() < MAX_WORD) {
          word.appendCodePoint(cp);
        }
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
      i += i < s.length() ? Character.charCount(cp) : 1;
    }
    return out;
  }
}
