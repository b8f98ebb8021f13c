package id.aduan.common.error;

/** The API is saturated for the moment (its workers or its database connections): 503 with Retry-After. */
public class ServiceBusyException extends RuntimeException {
  public ServiceBusyException(String what) {
    super(what, null, false, false);
  }
}
