package id.aduan.common.error;

/** An upload over the size limit (413). */
public class FileTooLargeException extends RuntimeException {
  public FileTooLargeException() {
    super("A file may be at most 10 MB.");
  }
}
