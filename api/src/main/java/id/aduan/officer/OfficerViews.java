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
      @Size(max = 64, message = "must be at most {max} characters long") String subject,
      @Valid NewAccount account,
      @NotNull(message = "is required") UUID agencyId,
      @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters long") String name,
      @Email(message = "must be an email address such as nama@contoh.id") @Size(max = 254, message = "must be at most {max} characters long") String email) {}

  /** A Keycloak account to create for the officer. */
  public record NewAccount(
      @NotBlank(message = "is required") @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$", message = "must be 3 to 50 lower-case letters, digits, dots, dashes or underscores") String username,
      @NotBlank(message = "is required") @Email(message = "must be an email address such as nama@contoh.id") String email,
      @NotBlank(message = "is required") @Size(max = 100, message = "must be at most {max} characters long") String firstName,
      @NotBlank(message = "is required") @Size(max = 100, message = "must be at most {max} characters long") String lastName) {}

  /** Moving an officer to another agency, renaming, or deactivating them. */
  public record Update(
      @NotNull(message = "is required") UUID agencyId,
      @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters long") String name,
      @Email(message = "must be an email address such as nama@contoh.id") @Size(max = 254, message = "must be at most {max} characters long") String email,
      @NotNull(message = "is required") Boolean active) {}
}
