package id.aduan.channel;

import id.aduan.report.ReportStatus;

/** What texts and chats from citizens become, and the words of the answers they get. */
final class ChannelTexts {
  /** The longest title made from a text; titles take at most 150 characters. */
  static final int TITLE_LENGTH = 80;
  static final int DESCRIPTION_MIN = 10;
  static final int DESCRIPTION_MAX = 5000;

  private ChannelTexts() {}

  /** Line breaks and runs of spaces as one space: how a text reads in one line. */
  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /** A title for a report from its description: the description itself, cut at a word if long. */
  static String titleOf(String description) {
    String one = oneLine(description);
    if (one.length() <= TITLE_LENGTH) {
      return one;
    }
    int cut = one.lastIndexOf(' ', TITLE_LENGTH - 1);
    return one.substring(0, cut < DESCRIPTION_MIN ? TITLE_LENGTH - 1 : cut) + "…";
  }

  static String description(String text) {
    String one = oneLine(text);
    return one.length() > DESCRIPTION_MAX ? one.substring(0, DESCRIPTION_MAX) : one;
  }

  /** A status in the words citizens know. */
  static String status(ReportStatus status, boolean en) {
    return switch (status) {
      case SUBMITTED -> en ? "received, waiting to be checked" : "diterima, menunggu verifikasi";
      case ON_HOLD -> en ? "on hold, more information needed" : "ditunda, perlu keterangan tambahan";
      case VERIFIED -> en ? "checked" : "sudah diverifikasi";
      case FORWARDED -> en ? "forwarded to the agency in charge" : "diteruskan ke instansi yang berwenang";
      case IN_PROGRESS -> en ? "being followed up" : "sedang ditindaklanjuti";
      case RESOLVED -> en ? "resolved" : "selesai";
      case CLOSED -> en ? "closed" : "ditutup";
      case ARCHIVED -> en ? "archived" : "diarsipkan";
    };
  }
}
