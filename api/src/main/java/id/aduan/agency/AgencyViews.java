package id.aduan.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The API's representations of agencies. */
public final class AgencyViews {
  private AgencyViews() {}

  public record View(UUID id, String code, String name, UUID parentId, boolean active, Instant createdAt,
      Instant updatedAt) {}

  /** The body of creating or replacing an agency. */
  public record Input(
      @NotBlank(message = "{validation.required}")
      @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,31}$", message = "{agency.code.format}")
      String code,
      @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
      UUID parentId,
      @NotNull(message = "{validation.required}") Boolean active) {}
}
