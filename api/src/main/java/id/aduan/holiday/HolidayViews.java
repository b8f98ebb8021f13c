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
      @NotNull(message = "{validation.required}") LocalDate date,
      @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
      @NotNull(message = "{validation.required}") Holiday.Kind kind) {}
}
