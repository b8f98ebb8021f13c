package id.aduan.report;

/** Pengaduan, aspirasi or permintaan informasi. */
public enum ReportType {
  COMPLAINT, ASPIRATION, INFORMATION_REQUEST
}
