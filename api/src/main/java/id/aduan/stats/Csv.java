package id.aduan.stats;

import java.util.StringJoiner;

/** RFC 4180 lines, safe to open in a spreadsheet. */
final class Csv {
  private Csv() {}

  /** One line with its CRLF; null cells are empty. */
  static String line(Object... cells) {
    StringJoiner line = new StringJoiner(",", "", "\r\n");
    for (Object cell : cells) {
      line.add(cell == null ? "" : cell instanceof String s ? text(s) : cell.toString());
    }
    return line.toString();
  }

  /**
   * Quoted when needed; a text that a spreadsheet would run as a formula (a title starting with
   * "=", "+", "-" or "@", written by anyone on the internet) gets a leading apostrophe.
   */
  static String text(String s) {
    String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
