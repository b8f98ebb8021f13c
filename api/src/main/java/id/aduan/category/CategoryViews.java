package id.aduan.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The API's representations of categories. */
public final class CategoryViews {
  private CategoryViews() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record View(UUID id, String code, String name, UUID parentId, UUID defaultAgencyId, boolean active,
      Instant createdAt, Instant updatedAt) {}

  public record Input(
      @NotBlank(message = "{validation.required}")
      @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{1,31}$", message = "{category.code.format}")
      String code,
      @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
      UUID parentId,
      UUID defaultAgencyId,
      @NotNull(message = "{validation.required}") Boolean active) {}
}
