package id.aduan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/reports}. */
public record ReportSubmission(
    @NotNull(message = "is required") ReportType type,
    @NotBlank(message = "is required") @Size(min = 5, max = 150, message = "must be {min} to {max} characters long") String title,
    @NotBlank(message = "is required") @Size(min = 10, max = 5000, message = "must be {min} to {max} characters long") String description,
    @Valid Contact contact) {

  /** How to reach a guest reporter. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Contact(
      @Size(max = 100, message = "must be at most {max} characters long") String name,
      @Email(message = "must be an email address such as nama@contoh.id") @Size(max = 254, message = "must be at most {max} characters long") String email,
      @Pattern(regexp = "^\\+?[0-9][0-9 -]{5,19}$", message = "must be a phone number such as +6281234567890") String phone) {}
}
