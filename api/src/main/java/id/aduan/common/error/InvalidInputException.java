package id.aduan.common.error;

/** Input that passed deserialisation but breaks a rule checked in code. */
public class InvalidInputException extends RuntimeException {
  private final String field;
  private final Msg reason;

  public InvalidInputException(String field, Msg reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  /** What is wrong with the field, said after its name: "is required". */
  public Msg reason() {
    return reason;
  }
}
