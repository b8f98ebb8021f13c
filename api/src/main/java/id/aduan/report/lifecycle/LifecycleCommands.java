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
      @Size(min = 5, max = 200, message = "{validation.lengthRange}") String publicTitle,
      @Size(min = 10, max = 5000, message = "{validation.lengthRange}") String publicDescription,
      @Size(max = 5, message = "{report.moderation.tooManyPhotos}") java.util.List<@NotNull(message = "{validation.noNullItem}") UUID> publicPhotoIds) {

    Moderation moderation() {
      return new Moderation(publicTitle, publicDescription, publicPhotoIds, null);
    }
  }

  /** What the public reads of a report, as an admin edits it; null keeps what is there. */
  public record Moderation(
      @Size(min = 5, max = 200, message = "{validation.lengthRange}") String publicTitle,
      @Size(min = 10, max = 5000, message = "{validation.lengthRange}") String publicDescription,
      @Size(max = 5, message = "{report.moderation.tooManyPhotos}") java.util.List<@NotNull(message = "{validation.noNullItem}") UUID> publicPhotoIds,
      @Size(max = 500, message = "{validation.tooLong}") String reason) {

    boolean changesNothing() {
      return publicTitle == null && publicDescription == null && publicPhotoIds == null;
    }
  }

  /** A question to the reporter; the deadline clock stops until they answer. */
  public record Hold(
      @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String message) {}

  public record Archive(@NotNull(message = "{validation.required}") ArchiveReason reason, UUID duplicateOf) {}

  public record Forward(
      @NotNull(message = "{validation.required}") UUID agencyId,
      @Size(max = 2000, message = "{validation.tooLong}") String note) {}

  /** "Not our authority" (bukan wewenang): back to the admin. */
  public record Return(
      @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason) {}

  /** Progress told to the reporter; the first one starts the handling. */
  public record FollowUp(
      @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") String message) {}

  public record Resolution(
      @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") String resolution) {}

  /** A message; {@code internal} (officials only) hides it from the reporter. */
  public record Message(
      @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") String body,
      Boolean internal) {}

  /** The reporter accepts the resolution and rates the service. */
  public record Confirmation(
      @NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.rating}") @Max(value = 5, message = "{validation.rating}") Integer rating,
      @Size(max = 2000, message = "{validation.tooLong}") String comment) {}

  /** The reporter does not accept the resolution. */
  public record Dispute(
      @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String reason) {}

  /** A guest's PIN, or the receipt's access key, to open their report by its tracking code. */
  public record PinAccess(
      @NotBlank(message = "{validation.required}")
      @Pattern(regexp = "^([0-9]{6}|[0-9a-f]{6}\\.[A-Za-z0-9_-]{22})$",
          message = "{report.pin.format}") String pin) {}
}
