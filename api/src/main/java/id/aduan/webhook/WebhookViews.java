package id.aduan.webhook;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhook endpoints read and write. */
public final class WebhookViews {
  private WebhookViews() {}

  public record Input(
      @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
      @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String url,
      @NotNull(message = "{validation.required}") @NotEmpty(message = "{webhook.eventTypes.empty}") List<String> eventTypes) {}

  public record Change(
      @Size(min = 1, max = 100, message = "{validation.lengthRange}") String name,
      @Size(min = 1, max = 2000, message = "{validation.lengthRange}") String url,
      @Size(min = 1, message = "{webhook.eventTypes.empty}") List<String> eventTypes,
      Boolean active) {}

  public record View(UUID id, String name, String url, List<String> eventTypes, boolean active, Instant createdAt) {}

  /** The view with the secret, in the answer to its creation only. */
  public record Created(@JsonUnwrapped View subscription, String secret) {}
}
