package id.aduan.common.limit;

/** A guest's submission without a valid proof of work: 400, with what a new stamp needs. */
public class ProofOfWorkException extends RuntimeException {
  private final String field;
  private final String reason;
  private final int requiredBits;
  private final long serverTime;

  ProofOfWorkException(String field, String reason, int requiredBits, long serverTime) {
    super(field + " " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
    this.requiredBits = requiredBits;
    this.serverTime = serverTime;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }

  public int requiredBits() {
    return requiredBits;
  }

  /** Unix seconds, for a client whose clock is wrong. */
  public long serverTime() {
    return serverTime;
  }
}
