package id.aduan.common.limit;

import id.aduan.common.error.Msg;

/** A guest's submission without a valid proof of work: 400, with what a new stamp needs. */
public class ProofOfWorkException extends RuntimeException {
  private final String field;
  private final Msg reason;
  private final int requiredBits;
  private final long serverTime;

  ProofOfWorkException(String field, Msg reason, int requiredBits, long serverTime) {
    super(field + " " + reason, null, false, false);
    this.field = field;
    this.reason = reason;
    this.requiredBits = requiredBits;
    this.serverTime = serverTime;
  }

  public String field() {
    return field;
  }

  public Msg reason() {
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
