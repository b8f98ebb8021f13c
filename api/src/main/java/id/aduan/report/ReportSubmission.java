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
    @NotNull(message = "{validation.required}") ReportType type,
    @NotBlank(message = "{validation.required}") @Size(min = 5, max = 150, message = "{validation.lengthRange}") String title,
    @NotBlank(message = "{validation.required}") @Size(min = 10, max = 5000, message = "{validation.lengthRange}") String description,
    @Valid Contact contact,
    UUID categoryId,
    @Valid Location location,
    LocalDate incidentDate,
    Boolean anonymous,
    Boolean confidential) {

  /** Where it happened: coordinates (both or none) and/or the administrative area and a landmark. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Location(
      @DecimalMin(value = "-90", message = "{validation.latitude}") @DecimalMax(value = "90", message = "{validation.latitude}") Double latitude,
      @DecimalMin(value = "-180", message = "{validation.longitude}") @DecimalMax(value = "180", message = "{validation.longitude}") Double longitude,
      @Pattern(regexp = "^[0-9][0-9.]{1,19}$", message = "{report.location.kecamatanCode}") String kecamatanCode,
      @Pattern(regexp = "^[0-9][0-9.]{1,19}$", message = "{report.location.kelurahanCode}") String kelurahanCode,
      @Size(max = 300, message = "{validation.tooLong}") String address) {}

  /** How to reach a guest reporter. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contact(
      @Size(max = 100, message = "{validation.tooLong}") String name,
      @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.tooLong}") String email,
      @Pattern(regexp = "^\\+?[0-9][0-9 -]{5,19}$", message = "{validation.phone}") String phone) {}
}
