package id.aduan.webhook;

import id.aduan.common.Secrets;
import id.aduan.common.Uuids;
import id.aduan.common.crypto.PersonalDataCipher;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.paging.Cursor;
import id.aduan.common.paging.Page;
import id.aduan.common.security.Caller;
import id.aduan.report.ReportEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Admins subscribe other government systems to report events. */
@ApplicationScoped
public class WebhookService {
  /** Every event type a system may subscribe to. */
  static final Set<String> EVENT_TYPES = Arrays.stream(ReportEvent.Type.values())
      .map(ReportEvent.Type::publicName).collect(Collectors.toUnmodifiableSet());

  private final WebhookRepository repository;
  private final Destinations destinations;

  WebhookService(WebhookRepository repository, Destinations destinations) {
    this.repository = repository;
    this.destinations = destinations;
  }

  @WithSession
  public Uni<Page<WebhookViews.View>> list(String cursor, int size) {
    return repository.page(Cursor.decode(cursor), size + 1)
        .map(rows -> Page.of(rows, size, w -> new Cursor(w.createdAt, w.id).encode(), WebhookService::view));
  }

  @WithTransaction
  public Uni<WebhookViews.Created> add(@Valid @NotNull WebhookViews.Input input, Caller caller) {
    String[] types = checkedTypes(input.eventTypes());
    return checkedUrl(input.url()).flatMap(url -> {
      WebhookSubscription w = new WebhookSubscription();
      w.id = Uuids.v7();
      w.name = input.name().strip();
      w.url = url;
      w.eventTypes = types;
      w.active = true;
      String secret = Secrets.random("whsec_", 24);
      w.secret = PersonalDataCipher.seal(secret, WebhookSubscription.SECRET, w.id);
      w.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      w.createdBy = caller.subject();
      Log.infof("webhook %s added for %s", w.id, w.url);
      return repository.persist(w).map(x -> new WebhookViews.Created(view(w), secret));
    });
  }

  @WithTransaction
  public Uni<WebhookViews.View> change(UUID id, @Valid @NotNull WebhookViews.Change change) {
    String[] types = change.eventTypes() == null ? null : checkedTypes(change.eventTypes());
    Uni<String> url = change.url() == null ? Uni.createFrom().nullItem() : checkedUrl(change.url());
    return url.flatMap(checked -> find(id).map(w -> {
      if (change.name() != null) {
        w.name = change.name().strip();
      }
      if (checked != null) {
        w.url = checked;
      }
      if (types != null) {
        w.eventTypes = types;
      }
      if (change.active() != null) {
        w.active = change.active();
      }
      return view(w);
    }));
  }

  /** Its deliveries go with it (ON DELETE CASCADE): nobody is left to receive them. */
  @WithTransaction
  public Uni<Void> remove(UUID id) {
    return find(id).flatMap(repository::delete);
  }

  private Uni<WebhookSubscription> find(UUID id) {
    return repository.findById(id)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("webhook.notFound")));
  }

  /** https to a public address (Destinations): deliveries carry report data. */
  private Uni<String> checkedUrl(String value) {
    String url = value.strip();
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidInputException("url", Msg.of("validation.httpsAddress"));
    }
    return destinations.problemWith(uri).map(problem -> {
      if (problem != null) {
        throw new InvalidInputException("url", problem);
      }
      return url;
    });
  }

  private static String[] checkedTypes(List<String> types) {
    Set<String> unique = new LinkedHashSet<>();
    for (String t : types) {
      if (t == null || !EVENT_TYPES.contains(t)) {
        throw new InvalidInputException("eventTypes", Msg.of("webhook.eventTypes.unknown"));
      }
      unique.add(t);
    }
    return unique.toArray(String[]::new);
  }

  static WebhookViews.View view(WebhookSubscription w) {
    return new WebhookViews.View(w.id, w.name, w.url, List.of(w.eventTypes), w.active, w.createdAt);
  }
}
