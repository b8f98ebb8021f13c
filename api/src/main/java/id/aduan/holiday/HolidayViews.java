package id.aduan.holiday;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The API's representations of holidays. */
public final class HolidayViews {
  private HolidayViews() {}

  public record View(LocalDate date, String name, Holiday.Kind kind) {}

  public record Input(
      @NotNull(message = "is required") LocalDate date,
      @NotBlank(message = "is required") @Size(max = 200, message = "must be at most {max} characters long") String name,
      @NotNull(message = "is required") Holiday.Kind kind) {}
}
