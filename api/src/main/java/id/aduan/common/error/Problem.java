package id.aduan.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations,
    ProofOfWork proofOfWork) {
  public static final String MEDIA_TYPE = "application/problem+json";
  /** The type of a guest submission refused for its proof of work (ADR 0021). */
  public static final String PROOF_OF_WORK_TYPE = "urn:aduan:problem:proof-of-work";

  public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
    this(type, title, status, detail, instance, violations, null);
  }

  /** What a new stamp needs: its zero bits, and the server's clock in unix seconds. */
  public record ProofOfWork(int requiredBits, long serverTime) {}

  /** One invalid field of a request. */
  public record Violation(String field, String message) {}
}
