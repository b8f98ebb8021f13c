package id.aduan.report;

/** How a report came in. */
public enum Channel {
  WEB
}
