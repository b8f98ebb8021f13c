package id.aduan.common.error;

/** Nothing with this identifier exists, or the caller may not know that it does. */
public class NotFoundException extends RuntimeException {
  private final Msg detail;

  public NotFoundException(Msg detail) {
    super(detail.toString());
    this.detail = detail;
  }

  public Msg detail() {
    return detail;
  }
}
