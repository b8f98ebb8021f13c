package id.aduan.common.error;

/** An upload that is not what it claims to be, or is damaged (415). */
public class InvalidFileException extends RuntimeException {
  private final Msg detail;

  public InvalidFileException(Msg detail) {
    super(detail.toString());
    this.detail = detail;
  }

  public Msg detail() {
    return detail;
  }
}
