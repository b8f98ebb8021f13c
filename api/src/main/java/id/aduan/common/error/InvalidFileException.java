package id.aduan.common.error;

/** An upload that is not what it claims to be, or is damaged (415). */
public class InvalidFileException extends RuntimeException {
  public InvalidFileException(String detail) {
    super(detail);
  }
}
