package id.aduan.common.error;

/** Nothing with this identifier exists, or the caller may not know that it does. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String detail) {
    super(detail);
  }
}
