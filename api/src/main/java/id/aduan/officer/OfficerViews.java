package id.aduan.officer;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The API's representations of officers. */
public final class OfficerViews {
  private OfficerViews() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record View(String subject, UUID agencyId, String name, String email, boolean active, Instant createdAt,
      Instant updatedAt) {}

  /** Registering an existing Keycloak account (its {@code sub}) as an officer of an agency. */
  public record Registration(
      @NotBlank(message = "is required") @Size(max = 64, message = "must be at most {max} characters long") String subject,
      @NotNull(message = "is required") UUID agencyId,
      @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters long") String name,
      @Email(message = "must be an email address such as nama@contoh.id") @Size(max = 254, message = "must be at most {max} characters long") String email) {}

  /** Moving an officer to another agency, renaming, or deactivating them. */
  public record Update(
      @NotNull(message = "is required") UUID agencyId,
      @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters long") String name,
      @Email(message = "must be an email address such as nama@contoh.id") @Size(max = 254, message = "must be at most {max} characters long") String email,
      @NotNull(message = "is required") Boolean active) {}
}
