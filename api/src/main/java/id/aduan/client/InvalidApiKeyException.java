package id.aduan.client;

import id.aduan.common.error.Msg;
import io.quarkus.security.ForbiddenException;

/** A missing, unknown or revoked API key: 403, as the Open311 specification asks. */
public class InvalidApiKeyException extends ForbiddenException {
  private final Msg detail;

  public InvalidApiKeyException(Msg detail) {
    super(detail.toString());
    this.detail = detail;
  }

  public Msg detail() {
    return detail;
  }
}
