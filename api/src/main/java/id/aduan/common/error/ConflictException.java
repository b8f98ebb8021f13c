package id.aduan.common.error;

/** The request conflicts with the current state of what it targets (409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String detail) {
    super(detail);
  }
}
