package id.aduan.common.error;

/** The request conflicts with the current state of what it targets (409). */
public class ConflictException extends RuntimeException {
  private final Msg detail;

  public ConflictException(Msg detail) {
    super(detail.toString());
    this.detail = detail;
  }

  public Msg detail() {
    return detail;
  }
}
