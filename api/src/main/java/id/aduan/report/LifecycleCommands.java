package id.aduan.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of the lifecycle endpoints ({@code POST /reports/{id}/...}). */
public final class LifecycleCommands {
  private LifecycleCommands() {}

  /** Verification may also set the privacy flags (null keeps the reporter's choice). */
  public record Verification(Boolean anonymous, Boolean confidential) {}

  /** A question to the reporter; the deadline clock stops until they answer. */
  public record Hold(
      @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most {max} characters long") String message) {}

  public record Archive(@NotNull(message = "is required") ArchiveReason reason, UUID duplicateOf) {}

  public record Forward(
      @NotNull(message = "is required") UUID agencyId,
      @Size(max = 2000, message = "must be at most {max} characters long") String note) {}

  /** "Not our authority" (bukan wewenang): back to the admin. */
  public record Return(
      @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most {max} characters long") String reason) {}

  /** Progress told to the reporter; the first one starts the handling. */
  public record FollowUp(
      @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most {max} characters long") String message) {}

  public record Resolution(
      @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most {max} characters long") String resolution) {}

  /** Why a report was archived without being handled. */
  public enum ArchiveReason {
    OUT_OF_SCOPE, DUPLICATE, SPAM, INCOMPLETE
  }
}
