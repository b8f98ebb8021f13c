package id.aduan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** The body of {@code POST /api/v1/reports}. */
public record ReportSubmission(
    @NotNull(message = "is required") ReportType type,
    @NotBlank(message = "is required") @Size(min = 5, max = 150, message = "must be {min} to {max} characters long") String title,
    @NotBlank(message = "is required") @Size(min = 10, max = 5000, message = "must be {min} to {max} characters long") String description,
    @Valid Contact contact,
    UUID categoryId,
    @Valid Location location,
    LocalDate incidentDate,
    Boolean anonymous,
    Boolean confidential) {

  /** Where it happened: coordinates (both or none) and/or the administrative area and a landmark. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Location(
      @DecimalMin(value = "-90", message = "must be from -90 to 90") @DecimalMax(value = "90", message = "must be from -90 to 90") Double latitude,
      @DecimalMin(value = "-180", message = "must be from -180 to 180") @DecimalMax(value = "180", message = "must be from -180 to 180") Double longitude,
      @Pattern(regexp = "^[0-9][0-9.]{1,19}$", message = "must be a Kemendagri area code such as 53.71.04") String kecamatanCode,
      @Pattern(regexp = "^[0-9][0-9.]{1,19}$", message = "must be a Kemendagri area code such as 53.71.04.1001") String kelurahanCode,
      @Size(max = 300, message = "must be at most {max} characters long") String address) {}

  /** How to reach a guest reporter. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contact(
      @Size(max = 100, message = "must be at most {max} characters long") String name,
      @Email(message = "must be an email address such as nama@contoh.id") @Size(max = 254, message = "must be at most {max} characters long") String email,
      @Pattern(regexp = "^\\+?[0-9][0-9 -]{5,19}$", message = "must be a phone number such as +6281234567890") String phone) {}
}
