package id.aduan.report.transparency;

import id.aduan.common.config.AppConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The link preview of a report's public page: a small HTML page whose Open Graph and Twitter card
 * tags WhatsApp, Facebook and X read when a link to {@code /laporan-publik/<code>} is pasted. The
 * web app's server sends their crawlers here (ADR 0028). Everything in it is already public and
 * masked; Qute escapes every value of an .html template.
 */
@ApplicationScoped
public class PublicReportPreview {
  /** About what WhatsApp and Facebook show under the title. */
  static final int DESCRIPTION_CHARS = 200;

  private final Template template;
  private final String webUrl;
  private final String apiUrl;

  PublicReportPreview(@Location("report-preview.html") Template template, AppConfig config) {
    this.template = template;
    this.webUrl = trim(config.webUrl());
    this.apiUrl = trim(config.apiUrl().orElse(config.webUrl()));
  }

  public String html(PublicViews.Detail p) {
    boolean photo = !p.photos().isEmpty();
    return template
        .data("title", p.title() + (p.agencyName() == null ? "" : " · " + p.agencyName()))
        .data("heading", p.title())
        .data("description", shorten(p.description()))
        .data("url", webUrl + "/laporan-publik/" + p.trackingCode())
        .data("image", photo ? apiUrl + p.photos().get(0).url() : webUrl + "/icon-512.png")
        .data("card", photo ? "summary_large_image" : "summary")
        .data("code", p.trackingCode())
        .render();
  }

  public String notFound() {
    return "<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Laporan tidak ditemukan</title>"
        + "</head><body><p>Laporan ini tidak ada atau tidak publik.</p></body></html>";
  }

  /** The text on one line, cut at a word near {@link #DESCRIPTION_CHARS}. */
  static String shorten(String text) {
    String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= DESCRIPTION_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', DESCRIPTION_CHARS - 1);
    return flat.substring(0, cut > DESCRIPTION_CHARS / 2 ? cut : DESCRIPTION_CHARS - 1) + "…";
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
