package id.aduan.officer;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The API's representations of officers. */
public final class OfficerViews {
  private OfficerViews() {}

  /** An officer; {@code temporaryPassword} only in the answer that created their account. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record View(String subject, UUID agencyId, String name, String email, boolean active, Instant createdAt,
      Instant updatedAt, String temporaryPassword) {}

  /**
   * Registering an officer of an agency: an existing Keycloak account by its {@code subject},
   * or a new one described by {@code account}.
   */
  public record Registration(
      @Size(max = 64, message = "{validation.tooLong}") String subject,
      @Valid NewAccount account,
      @NotNull(message = "{validation.required}") UUID agencyId,
      @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
      @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email) {}

  /** A Keycloak account to create for the officer. */
  public record NewAccount(
      @NotBlank(message = "{validation.required}") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$", message = "{officer.username.format}") String username,
      @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") String email,
      @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
      @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName) {}

  /** Moving an officer to another agency, renaming, or deactivating them. */
  public record Update(
      @NotNull(message = "{validation.required}") UUID agencyId,
      @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
      @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
      @NotNull(message = "{validation.required}") Boolean active) {}
}
