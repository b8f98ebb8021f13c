package id.aduan.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free Indonesian/English text (NIK, KK, phone, e-mail, bank account, card, plate,
 * passport) so that it can be masked before the text reaches a public surface. The one place that decides it.
 *
 * <p>It runs on every report write and over backfills, so the cost is linear in the text length: patterns
 * are precompiled, tried only at positions where a match can start, and repeat only groups whose
 * separator and body are disjoint and whose count is bounded (no catastrophic backtracking).
 */
public final class PersonalDataDetector {
  private PersonalDataDetector() {}

  /** What a span is; the order is the tie-break when two candidates cover the same text (most specific first). */
  public enum Kind {
    NIK("[NIK disembunyikan]"),
    KK("[nomor KK disembunyikan]"),
    CARD("[nomor kartu disembunyikan]"),
    BANK_ACCOUNT("[nomor rekening disembunyikan]"),
    PASSPORT("[nomor paspor disembunyikan]"),
    EMAIL("[email disembunyikan]"),
    PHONE("[nomor telepon disembunyikan]"),
    PLATE("[nomor polisi disembunyikan]");

    private final String mask;

    Kind(String mask) {
      this.mask = mask;
    }

    /** The Indonesian placeholder that replaces a span of this kind. */
    public String mask() {
      return mask;
    }
  }

  /** A detected piece of personal data: {@code text.substring(start, end)}. */
  public record Span(int start, int end, Kind kind) {}

  // How far back a context word ("NIK", "rekening", "plat"...) may stand: a few words, not the sentence.
  private static final int CONTEXT = 30;
  private static final int PASSPORT_CONTEXT = 25;

  // 10-19 digits with at most one space/dot/dash between them, as people type NIK, accounts and cards.
  // Not after a dash/dot/slash/plus (tracking codes like PBG-5371-2024-00456, "+62..."), and it must not
  // stop inside a longer dotted/dashed number (a 20-digit electricity token is not a NIK plus 4 digits).
  private static final Pattern LONG_NUMBER =
      Pattern.compile("(?<![\\d.,/+\\-])\\d(?:[ .\\-]?\\d){9,18}(?![.\\-]?\\d|\\w)");

  // Mobiles: 08.., +62 8.., 62-8.., (0812); the digit count is checked in code (9-12 after 0/62).
  private static final Pattern MOBILE = Pattern.compile(
      "(?<![\\w+.,])(?<!\\d[\\-/])"
          + "(?:(?:\\+\\s?)?62[ .\\-]?(?:\\(0\\)[ .\\-]?)?8\\d(?:[ .\\-]?\\d){7,10}"
          + "|08\\d(?:[ .\\-]?\\d){7,10}"
          + "|\\(\\s?08\\d{1,2}\\s?\\)[ .\\-]?\\d(?:[ .\\-]?\\d){4,8})"
          + "(?![.\\-]?\\d)");

  // Landlines: (0380) 821234, 0380-821234, 021 5551234, +62 380 821234. The area code must be in
  // parentheses or followed by a separator: a bare 10-digit 03.. run is more often a customer number.
  // Area codes never start with 01/08 (08 is mobile) and subscribers never with 0/1, which keeps out
  // dates (12-08-2024), times (07.30) and counters (01-02-034567).
  private static final Pattern LANDLINE = Pattern.compile(
      "(?<![\\w+.,])(?<!\\d[\\-/])"
          + "(?:\\(\\s?0[2-79]\\d{1,2}\\s?\\)[ .\\-]?|0[2-79]\\d{1,2}[ .\\-]"
          + "|\\+\\s?62[ .\\-]?\\(?[2-79]\\d{1,2}\\)?[ .\\-]?)"
          + "[2-9]\\d(?:[ .\\-]?\\d){3,6}(?![.\\-]?\\d)");

  // Domain labels exclude the dot, so "a.b.c" splits one way only (no backtracking blow-up); the label
  // count is bounded because java.util.regex recurses once per repetition of a group.
  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.%+\\-])[\\w.%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+){1,8}");

  // "budi at gmail dot com", "budi[at]gmail.com": people hide addresses from bots, not from us.
  private static final Pattern EMAIL_SPELLED = Pattern.compile(
      "(?<![\\w.%+\\-])[\\w.%+\\-]+(?: at |\\s?[\\[({]at[\\])}]\\s?)[A-Za-z0-9\\-]+"
          + "(?:(?: dot |\\s?[\\[({]dot[\\])}]\\s?|\\.)[A-Za-z]{2,}){1,4}",
      Pattern.CASE_INSENSITIVE);

  // Region codes of Indonesian plates (Korlantas list). Requiring a real code, a digit count of 1-4 not
  // starting with 0, and a word boundary keeps out "RT 05", "No 12", "jam 10", "di 2 RT".
  private static final String REGIONS = "BL|BB|BK|BA|BM|BP|BH|BD|BG|BN|BE|AA|AD|AB|AE|AG|DK|DR|EA|DH|EB|ED"
      + "|KB|DA|KH|KT|KU|DB|DL|DM|DN|DT|DD|DC|DP|DW|DE|DG|PA|PB"
      + "|A|B|D|E|F|T|Z|G|H|K|R|L|M|N|P|S|W";
  private static final Pattern PLATE = Pattern.compile(
      "(?<![\\w.\\-/])(" + REGIONS + ")([ \\-]?)([1-9]\\d{0,3})(?:([ \\-]?)([A-Za-z]{1,3}))?(?![\\w]|[.\\-/]\\d)",
      Pattern.CASE_INSENSITIVE);

  // Words that follow a number in ordinary prose: "B 12 RT 05", "A4 di", "S2 dan" are not plates.
  // Upper-case plates carry any letters (DH 1345 KG is real), so only the unmistakable ones apply there.
  private static final Set<String> NOT_SUFFIX_UPPER =
      Set.of("RT", "RW", "KM", "NO", "KK", "WIB", "WIT", "SD", "SMP", "SMA", "SMK", "RP", "RB", "JT", "HP", "WA",
          "SMS");
  private static final Set<String> NOT_SUFFIX = Set.of("x", "m", "l", "g", "kg", "km", "cm", "mm", "ml", "gr",
      "gb", "mb", "ha", "rt", "rw", "no", "di", "ke", "dr", "yg", "dan", "org", "thn", "th", "tn", "bln", "hr",
      "jam", "mnt", "kk", "rb", "jt", "rp", "wib", "wit", "pm", "am", "pcs", "lbr", "sak", "dus", "sd", "smp",
      "sma", "smk", "ada", "ini", "itu", "pun", "per", "hp", "wa", "sms", "ton", "ltr", "lt", "utk", "tgl",
      "sdh", "blm", "krn", "dgn", "ya", "pak", "bu", "bpk", "ibu", "sj", "aja", "the", "and", "to", "in", "on",
      "at", "of", "or", "min", "is", "are", "was", "yes");

  // A plate without letters after the digits ("plat DH 5678") is only taken when the text talks about a vehicle.
  private static final Pattern PLATE_CONTEXT = Pattern.compile(
      "\\b(?:plat|pelat|nopol|no\\.? ?pol|polisi|kendaraan|mobil|motor|truk|truck|angkot|bus|bis|pick ?up|pikap"
          + "|ojek|bemo|taksi|taxi|vehicle|car|plate)\\b");

  // Indonesian passports: one letter and 7 digits. Without the word "paspor" only the series letters
  // actually issued (A, B, C, X, E) in upper case count, so "k1234567" in a sentence is left alone.
  private static final Pattern PASSPORT =
      Pattern.compile("(?<![\\w.\\-/])([A-Za-z]) ?(\\d{7})(?![\\w]|[.\\-/]\\d)");
  private static final Pattern PASSPORT_WORD = Pattern.compile("\\b(?:paspor|passport|pasport)\\b");
  private static final String PASSPORT_SERIES = "ABCEX";

  // Context words before a long number; the nearest one decides what the number is. "other" names
  // numbers that are not personal data (invoices, tokens, meters) so that they are left alone.
  private static final Pattern NUMBER_CONTEXT = Pattern.compile("\\b(?:"
      + "(?<kk>kk|kartu keluarga)"
      + "|(?<nik>nik|e-?ktp|ktp|kartu tanda penduduk|nomor induk kependudukan)"
      + "|(?<card>kartu kredit|kartu debit|kartu atm|credit card|debit card|card|kartu)"
      + "|(?<bank>rekening|rek|norek|bank|bri|bni|bca|btn|bsi|mandiri|cimb|danamon|permata|muamalat|ocbc|account)"
      + "|(?<other>token|invoice|tagihan|billing|resi|pesanan|order|transaksi|pelanggan|meteran|meter|npwp|nib"
      + "|nip|nisn|npsn|nop|bpjs|kis|sim|tiket|ticket|registrasi|peserta|referensi|ref|va|virtual account|kode"
      + "|voucher|serial|imei))\\b");
  // "1234567890 a.n. Yohanes": an account number is nearly always followed by its holder's name.
  // "a.n."/"an."/"a/n", not a bare "an" (English).
  private static final Pattern ACCOUNT_HOLDER =
      Pattern.compile("^\\s?[,(]?\\s?(?:a\\. ?n\\.?|an\\.|a/n|atas nama)(?!\\w)");
  private static final Pattern PRICE_BEFORE = Pattern.compile("(?:\\brp\\.?|\\bidr)\\s?$");
  private static final Pattern PRICE_AFTER = Pattern.compile("^\\s?(?:,-|rupiah|ribu|juta|miliar|milyar)");
  private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");

  // Dukcapil province codes (digits 1-2 of NIK/KK), including the Papua provinces of 2022 (93-96; 97 is
  // BPS's code for Papua Pegunungan and costs nothing to accept).
  private static final Set<Integer> PROVINCES = Set.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34,
      35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97);

  private static final Map<String, Kind> CONTEXT_KIND = Map.of(
      "kk", Kind.KK, "nik", Kind.NIK, "card", Kind.CARD, "bank", Kind.BANK_ACCOUNT);

  /** The personal data in {@code text}, sorted and non-overlapping; on overlap the longer (then more specific) wins. */
  public static List<Span> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Span> candidates = new ArrayList<>();
    // One pass that tries each pattern only where it can start (a regex find() would attempt every
    // position): the start of a digit run, '+' or '(', a word start shaped like a plate or passport.
    Matcher longNumber = anchored(LONG_NUMBER, text);
    Matcher mobile = anchored(MOBILE, text);
    Matcher landline = anchored(LANDLINE, text);
    Matcher plate = anchored(PLATE, text);
    Matcher passport = anchored(PASSPORT, text);
    int longEnd = 0;
    int mobileEnd = 0;
    int landlineEnd = 0;
    int plateEnd = 0;
    int passportEnd = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char previous = i == 0 ? ' ' : text.charAt(i - 1);
      if (isDigit(c)) {
        if (isDigit(previous)) {
          continue;
        }
        if (i >= longEnd && lookingAt(longNumber, i)) {
          longEnd = longNumber.end();
          longNumber(text, longNumber, candidates);
        }
        if ((c == '0' || c == '6') && !isWord(previous)) {
          mobileEnd = phone(text, mobile, i, mobileEnd, true, candidates);
          landlineEnd = phone(text, landline, i, landlineEnd, false, candidates);
        }
      } else if (c == '+' || c == '(') {
        mobileEnd = phone(text, mobile, i, mobileEnd, true, candidates);
        landlineEnd = phone(text, landline, i, landlineEnd, false, candidates);
      } else if (isLetter(c) && !isWord(previous)) {
        if (i >= plateEnd && plateShaped(text, i) && lookingAt(plate, i) && plate(text, plate, candidates)) {
          plateEnd = plate.end();
        }
        if (i >= passportEnd && passportShaped(text, i) && lookingAt(passport, i)
            && passport(text, passport, candidates)) {
          passportEnd = passport.end();
        }
      }
    }
    emails(text, candidates);
    return resolve(candidates);
  }

  /** {@code text} with every span replaced by its kind's placeholder; null stays null. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    List<Span> spans = find(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Span span : spans) {
      out.append(text, at, span.start()).append(span.kind().mask());
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** Whether {@code text} holds any personal data. */
  public static boolean contains(String text) {
    return !find(text).isEmpty();
  }

  private static void longNumber(String text, Matcher m, List<Span> out) {
    String token = m.group();
    if (isPrice(text, m.start(), m.end(), token)) {
      return;
    }
    Kind kind = classifyNumber(text, m.start(), m.end(), digits(token));
    if (kind != null) {
      out.add(new Span(m.start(), m.end(), kind));
    }
  }

  private static Kind classifyNumber(String text, int start, int end, String digits) {
    int n = digits.length();
    boolean nik = n == 16 && isNikLayout(digits);
    boolean card = isCardNumber(digits);
    String before = before(text, start, CONTEXT);
    Matcher m = NUMBER_CONTEXT.matcher(before);
    String nearest = null;
    boolean cardWord = false;
    while (m.find()) {
      nearest = groupName(m);
      cardWord |= "card".equals(nearest);
    }
    Kind context = nearest == null ? null : CONTEXT_KIND.get(nearest);
    if ("other".equals(nearest)) {
      return null;
    }
    if (context == Kind.KK || context == Kind.NIK) {
      // A KK has the NIK's layout (region, then the issue date), so one check serves both.
      return nik ? context : card ? Kind.CARD : null;
    }
    if (context == Kind.CARD) {
      return card ? Kind.CARD : nik ? Kind.NIK : null;
    }
    if (context == Kind.BANK_ACCOUNT) {
      // "kartu debit BNI 5264 ...": the bank names the card's issuer, the card word says what it is.
      if (cardWord && card) {
        return Kind.CARD;
      }
      return n <= 16 ? Kind.BANK_ACCOUNT : card ? Kind.CARD : null;
    }
    if (nik) {
      return Kind.NIK;
    }
    if (card) {
      return Kind.CARD;
    }
    if (n <= 16 && ACCOUNT_HOLDER.matcher(text.substring(end, Math.min(text.length(), end + 15))).find()) {
      return Kind.BANK_ACCOUNT;
    }
    return null;
  }

  private static String groupName(Matcher m) {
    for (String name : new String[] {"kk", "nik", "card", "bank", "other"}) {
      if (m.group(name) != null) {
        return name;
      }
    }
    throw new IllegalStateException("unnamed context match");
  }

  /**
   * Whether 16 digits have the NIK/KK layout: province, regency and district codes, then a birth date
   * (women add 40 to the day) or, on a KK, the issue date, then a serial from 0001. A random 16-digit
   * invoice number passes with a probability of about 3%, which is why this check exists at all.
   */
  static boolean isNikLayout(String d) {
    int province = num(d, 0);
    int regency = num(d, 2);
    int district = num(d, 4);
    int day = num(d, 6);
    int month = num(d, 8);
    int serial = Integer.parseInt(d.substring(12, 16));
    boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    return PROVINCES.contains(province) && regency > 0 && district > 0 && dayOk && month >= 1 && month <= 12
        && serial > 0;
  }

  /**
   * Card numbers pass Luhn and start with a network's digit (2-6: Mastercard, Amex/JCB, Visa, Mastercard,
   * GPN/UnionPay/Discover). A valid NIK is never a card. "628..." of phone length is a phone, not UnionPay.
   */
  static boolean isCardNumber(String d) {
    int n = d.length();
    if (n < 13 || n > 19 || d.charAt(0) < '2' || d.charAt(0) > '6') {
      return false;
    }
    if (d.startsWith("628") && n <= 14) {
      return false;
    }
    if (n == 16 && isNikLayout(d)) {
      return false;
    }
    return luhn(d);
  }

  static boolean luhn(String d) {
    int sum = 0;
    boolean twice = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int x = d.charAt(i) - '0';
      if (twice) {
        x *= 2;
        if (x > 9) {
          x -= 9;
        }
      }
      sum += x;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  // Returns where the next attempt of this pattern may start (after its last match, as find() would).
  private static int phone(String text, Matcher m, int at, int previousEnd, boolean mobile, List<Span> out) {
    if (at < previousEnd || !lookingAt(m, at)) {
      return previousEnd;
    }
    if (!isPrice(text, m.start(), m.end(), m.group()) && (!mobile || isMobileLength(digits(m.group())))) {
      out.add(new Span(m.start(), m.end(), Kind.PHONE));
    }
    return m.end();
  }

  // 9-12 digits after the 0 or 62 (and a "(0)" some people keep after +62): Telkomsel's oldest to newest.
  private static boolean isMobileLength(String digits) {
    String national = digits.startsWith("62") ? digits.substring(2) : digits.substring(1);
    if (national.startsWith("0")) {
      national = national.substring(1);
    }
    return national.length() >= 9 && national.length() <= 12;
  }

  private static void emails(String text, List<Span> out) {
    Matcher m = anchored(EMAIL, text);
    int end = 0;
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      int start = at;
      while (start > end && isLocalPart(text.charAt(start - 1))) {
        start--;
      }
      if (start < at && lookingAt(m, start) && m.end() > at + 1) {
        String domain = m.group().substring(at - start + 1);
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        if (tld.length() >= 2 && tld.chars().allMatch(Character::isLetter)) {
          out.add(new Span(m.start(), m.end(), Kind.EMAIL));
          end = m.end();
        }
      }
    }
    if (!maySpellAnAddress(text)) {
      return;
    }
    Matcher spelled = EMAIL_SPELLED.matcher(text);
    while (spelled.find()) {
      String found = spelled.group().toLowerCase(Locale.ROOT);
      // "saya di rumah at home.com" is not an address: require the spelled "dot" or bracketed "at".
      if (found.contains(" dot ") || found.contains("at]") || found.contains("at)") || found.contains("at}")) {
        out.add(new Span(spelled.start(), spelled.end(), Kind.EMAIL));
      }
    }
  }

  // One to two letters, then an optional space/dash and a digit 1-9: the only way a plate can start.
  private static boolean plateShaped(String text, int at) {
    int i = at + 1;
    if (i < text.length() && isLetter(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
      i++;
    }
    return i < text.length() && text.charAt(i) >= '1' && text.charAt(i) <= '9';
  }

  private static boolean plate(String text, Matcher m, List<Span> out) {
    String region = m.group(1);
    boolean spaced = !m.group(2).isEmpty();
    String number = m.group(3);
    String suffix = m.group(5);
    int end = m.end();
    if (suffix != null && !isPlateSuffix(region, suffix)) {
      suffix = null;
      end = m.end(3);
    }
    boolean accept;
    if (suffix != null) {
      // "P3K", "H2O", "B2B": a one-digit compact token is an abbreviation, not a plate; "gedung B 2 C",
      // "antrian A 12 B" name rooms and queues, so so short a plate needs a vehicle nearby.
      boolean weak = region.length() == 1 && number.length() <= 2 && suffix.length() == 1;
      accept = (spaced || number.length() >= 2)
          && (!weak || PLATE_CONTEXT.matcher(before(text, m.start(), CONTEXT)).find());
    } else {
      // "L300", "S2", "R 2": without letters only a spaced plate in a vehicle context counts.
      accept = spaced && number.length() >= 2 && PLATE_CONTEXT.matcher(before(text, m.start(), CONTEXT)).find();
    }
    if (accept) {
      out.add(new Span(m.start(), end, Kind.PLATE));
    }
    return accept;
  }

  private static boolean isPlateSuffix(String region, String suffix) {
    boolean upper = suffix.equals(suffix.toUpperCase(Locale.ROOT)) && region.equals(region.toUpperCase(Locale.ROOT));
    return upper ? !NOT_SUFFIX_UPPER.contains(suffix) : !NOT_SUFFIX.contains(suffix.toLowerCase(Locale.ROOT));
  }

  private static boolean passportShaped(String text, int at) {
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && isDigit(text.charAt(i));
  }

  private static boolean passport(String text, Matcher m, List<Span> out) {
    char letter = m.group(1).charAt(0);
    boolean compactSeries = m.group().length() == 8 && PASSPORT_SERIES.indexOf(letter) >= 0;
    if (compactSeries || PASSPORT_WORD.matcher(before(text, m.start(), PASSPORT_CONTEXT)).find()) {
      out.add(new Span(m.start(), m.end(), Kind.PASSPORT));
      return true;
    }
    return false;
  }

  // Keeps the longest candidate of each overlapping group, then the most specific kind (enum order).
  private static List<Span> resolve(List<Span> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort((a, b) -> {
      int byLength = Integer.compare(b.end() - b.start(), a.end() - a.start());
      if (byLength != 0) {
        return byLength;
      }
      int byKind = a.kind().compareTo(b.kind());
      return byKind != 0 ? byKind : Integer.compare(a.start(), b.start());
    });
    TreeMap<Integer, Span> kept = new TreeMap<>();
    for (Span c : candidates) {
      Map.Entry<Integer, Span> left = kept.floorEntry(c.start());
      Map.Entry<Integer, Span> right = kept.ceilingEntry(c.start());
      boolean overlaps = (left != null && left.getValue().end() > c.start())
          || (right != null && right.getKey() < c.end());
      if (!overlaps) {
        kept.put(c.start(), c);
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(kept.values()));
  }

  // "Rp 1.250.000.000", "62.812.500 rupiah": amounts, whatever their digits look like.
  private static boolean isPrice(String text, int start, int end, String token) {
    if (PRICE_BEFORE.matcher(before(text, start, 5)).find()) {
      return true;
    }
    String after = text.substring(end, Math.min(text.length(), end + 10)).toLowerCase(Locale.ROOT);
    if (PRICE_AFTER.matcher(after).find()) {
      return true;
    }
    return !token.startsWith("0") && !token.startsWith("+") && THOUSANDS.matcher(token).matches();
  }

  private static String before(String text, int start, int chars) {
    return text.substring(Math.max(0, start - chars), start).toLowerCase(Locale.ROOT);
  }

  private static String digits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static int num(String d, int at) {
    return (d.charAt(at) - '0') * 10 + (d.charAt(at + 1) - '0');
  }

  // A matcher tried at chosen positions; transparent bounds let the lookbehinds see the text before.
  private static Matcher anchored(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static boolean lookingAt(Matcher m, int at) {
    m.region(at, m.regionEnd());
    return m.lookingAt();
  }

  // Whether " dot " or "at]"/"at)"/"at}" occurs: the spelled-address pattern is tried only then.
  private static boolean maySpellAnAddress(String text) {
    for (int i = 0; i + 3 <= text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' && text.regionMatches(true, i, " dot ", 0, 5)) {
        return true;
      }
      if ((c == 'a' || c == 'A') && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')) {
        char close = text.charAt(i + 2);
        if (close == ']' || close == ')' || close == '}') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isWord(char c) {
    return isDigit(c) || isLetter(c) || c == '_';
  }

  private static boolean isLocalPart(char c) {
    return isWord(c) || c == '.' || c == '%' || c == '+' || c == '-';
  }
}
