package id.aduan.common.error;

import java.util.List;

/** Input that passed deserialisation but breaks a rule checked in code. */
public class InvalidInputException extends RuntimeException {
  private final List<Problem.Violation> violations;

  public InvalidInputException(String field, String message) {
    super(field + ": " + message);
    this.violations = List.of(new Problem.Violation(field, message));
  }

  public List<Problem.Violation> violations() {
    return violations;
  }
}
