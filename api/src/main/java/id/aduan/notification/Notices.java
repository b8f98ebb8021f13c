package id.aduan.notification;

import id.aduan.report.ReportEvent;
import java.util.Map;

/**
 * What a reporter is told of their report, in their language. Texts are short, so that one
 * fits in an SMS with the tracking link; the email carries the same text under a subject.
 */
final class Notices {
  private Notices() {}

  /** A notice: the subject of an email, and the text of every channel. */
  record Notice(String subject, String text) {}

  /** Events that matter to the reporter; the others (internal steps, their own actions) are not sent. */
  static boolean concernsReporter(ReportEvent.Type type, Map<String, Object> details, boolean byOfficial) {
    return switch (type) {
      case SUBMITTED, HELD, ARCHIVED, FORWARDED, FOLLOWED_UP, RESOLVED, CLOSED -> true;
      case MESSAGE_POSTED -> byOfficial && !Boolean.TRUE.equals(details.get("internal"));
      default -> false;
    };
  }

  static Notice of(ReportEvent.Type type, String code, String link, String language, Map<String, Object> details) {
    boolean en = "en".equals(language);
    String said = quote(details.get(type == ReportEvent.Type.RESOLVED ? "resolution" : "message"));
    String text = switch (type) {
      case SUBMITTED -> en
          ? "Your report " + code + " was received. It will be checked within 3 working days."
          : "Laporan " + code + " sudah diterima dan akan diperiksa dalam 3 hari kerja.";
      case HELD -> en
          ? "Report " + code + " needs more information from you" + said + "."
          : "Laporan " + code + " memerlukan keterangan tambahan dari Anda" + said + ".";
      case ARCHIVED -> en
          ? "Report " + code + " was closed without follow-up (" + archiveReason(details, true) + ")."
          : "Laporan " + code + " diarsipkan tanpa tindak lanjut (" + archiveReason(details, false) + ").";
      case FORWARDED -> en
          ? "Report " + code + " was forwarded to the agency in charge."
          : "Laporan " + code + " sudah diteruskan ke instansi yang berwenang.";
      case FOLLOWED_UP -> en
          ? "The agency is following up report " + code + said + "."
          : "Laporan " + code + " sedang ditindaklanjuti" + said + ".";
      case RESOLVED -> en
          ? "Report " + code + " is resolved" + said + ". Please confirm or object."
          : "Laporan " + code + " telah selesai" + said + ". Mohon konfirmasi atau ajukan keberatan.";
      case CLOSED -> en ? "Report " + code + " is closed. Thank you." : "Laporan " + code + " ditutup. Terima kasih.";
      case MESSAGE_POSTED -> en
          ? "An official replied on report " + code + "."
          : "Petugas membalas laporan " + code + ".";
      default -> throw new IllegalArgumentException("no notice for " + type);
    };
    String subject = (en ? "Report " : "Laporan ") + code;
    return new Notice(subject, text + (en ? " Details: " : " Rincian: ") + link);
  }

  private static String archiveReason(Map<String, Object> details, boolean en) {
    Object reason = details.get("reason");
    if ("DUPLICATE".equals(reason)) {
      return en ? "the same as an earlier report" : "sama dengan laporan sebelumnya";
    }
    if ("OUT_OF_SCOPE".equals(reason)) {
      return en ? "outside the government's authority" : "di luar kewenangan pemerintah";
    }
    if ("SPAM".equals(reason)) {
      return en ? "not a report" : "bukan laporan";
    }
    return en ? "not enough information" : "informasi tidak cukup";
  }

  /** A short quote of what the official wrote; SMS are short. */
  private static String quote(Object said) {
    if (!(said instanceof String s) || s.isBlank()) {
      return "";
    }
    String one = s.strip().replaceAll("\\s+", " ");
    return ": \"" + (one.length() > 80 ? one.substring(0, 79) + "…" : one) + "\"";
  }
}
