package id.aduan.client;

import io.quarkus.security.ForbiddenException;

/** A missing, unknown or revoked API key: 403, as the Open311 specification asks. */
public class InvalidApiKeyException extends ForbiddenException {
  public InvalidApiKeyException(String message) {
    super(message);
  }
}
