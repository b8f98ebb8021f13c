package id.aduan.common.error;

/** An upload over the size limit (413). */
public class FileTooLargeException extends RuntimeException {
  private static final Msg DETAIL = Msg.of("attachment.tooLarge");

  public FileTooLargeException() {
    super(DETAIL.toString());
  }

  public Msg detail() {
    return DETAIL;
  }
}
