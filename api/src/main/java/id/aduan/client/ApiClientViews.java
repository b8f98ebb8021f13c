package id.aduan.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** What the admin API reads and writes about API clients; never the key, except once at creation. */
public final class ApiClientViews {
  private ApiClientViews() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record View(UUID id, String name, String contact, String keyPrefix, Instant createdAt, Instant revokedAt,
      Instant lastUsedAt) {}

  public record Input(
      @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
      @Size(max = 254, message = "{validation.tooLong}") String contact) {}

  /** The answer to a creation: the only time the key is shown. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Created(UUID id, String name, String contact, String keyPrefix, Instant createdAt, String apiKey) {}
}
