package id.aduan.report.lifecycle;

import id.aduan.report.ArchiveReason;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The bodies of the lifecycle endpoints ({@code POST /reports/{id}/...}). */
public final class LifecycleCommands {
  private LifecycleCommands() {}

  /**
   * Verification may also classify the report, set the privacy flags and moderate what the public
   * reads (null keeps what is there).
   */
  public record Verification(UUID categoryId, Boolean anonymous, Boolean confidential,
      @Size(min = 5, max = 200, message = "must be {min} to {max} characters long") String publicTitle,
      @Size(min = 10, max = 5000, message = "must be {min} to {max} characters long") String publicDescription,
      @Size(max = 5, message = "must name at most {max} photos") java.util.List<@NotNull(message = "must not contain null") UUID> publicPhotoIds) {

    Moderation moderation() {
      return new Moderation(publicTitle, publicDescription, publicPhotoIds, null);
    }
  }

  /** What the public reads of a report, as an admin edits it; null keeps what is there. */
  public record Moderation(
      @Size(min = 5, max = 200, message = "must be {min} to {max} characters long") String publicTitle,
      @Size(min = 10, max = 5000, message = "must be {min} to {max} characters long") String publicDescription,
      @Size(max = 5, message = "must name at most {max} photos") java.util.List<@NotNull(message = "must not contain null") UUID> publicPhotoIds,
      @Size(max = 500, message = "must be at most {max} characters long") String reason) {

    boolean changesNothing() {
      return publicTitle == null && publicDescription == null && publicPhotoIds == null;
    }
  }

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

  /** A message; {@code internal} (officials only) hides it from the reporter. */
  public record Message(
      @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most {max} characters long") String body,
      Boolean internal) {}

  /** The reporter accepts the resolution and rates the service. */
  public record Confirmation(
      @NotNull(message = "is required") @Min(value = 1, message = "must be from 1 to 5") @Max(value = 5, message = "must be from 1 to 5") Integer rating,
      @Size(max = 2000, message = "must be at most {max} characters long") String comment) {}

  /** The reporter does not accept the resolution. */
  public record Dispute(
      @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most {max} characters long") String reason) {}

  /** A guest's PIN, or the receipt's access key, to open their report by its tracking code. */
  public record PinAccess(
      @NotBlank(message = "is required")
      @Pattern(regexp = "^([0-9]{6}|[0-9a-f]{6}\\.[A-Za-z0-9_-]{22})$",
          message = "must be the 6-digit PIN or the access key of the receipt") String pin) {}
}
