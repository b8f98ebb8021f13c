package id.aduan.open311;

import java.util.Locale;
import java.util.Optional;

/** The formats a client picks with the extension of the resource ({@code services.xml}). */
public enum Open311Format {
  XML("text/xml; charset=utf-8"),
  JSON("application/json; charset=utf-8");

  private final String contentType;

  Open311Format(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<Open311Format> of(String extension) {
    if (extension == null) {
      return Optional.empty();
    }
    return switch (extension.toLowerCase(Locale.ROOT)) {
      case "xml" -> Optional.of(XML);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }
}
