package id.aduan.open311;

import id.aduan.client.ApiClientService;
import id.aduan.common.config.AppConfig;
import id.aduan.common.error.InvalidInputException;
import id.aduan.common.error.Localizer;
import id.aduan.common.error.Msg;
import id.aduan.common.error.NotFoundException;
import id.aduan.common.limit.SharedLimits;
import id.aduan.report.Channel;
import id.aduan.report.TrackingCodes;
import id.aduan.report.intake.ReportIntakeService;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Open311 GeoReport v2 over Aduan's reports (docs/adr/0010-open311-mapping.md): categories are
 * services, tracking codes are service request ids, report ids are tokens. Reporters are never
 * shown, and only public reports are shown in full.
 */
@ApplicationScoped
public class Open311Service {
  public static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
  /** The specification's limits for GET requests. */
  static final int MAX_RESULTS = 1000;
  static final Duration WINDOW = Duration.ofDays(90);
  /** Aduan statuses that Open311 calls open; the others (RESOLVED, CLOSED, ARCHIVED) are closed. */
  static final Set<String> OPEN = id.aduan.report.ReportStatus.OPEN.stream().map(Enum::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The statuses in which a non-confidential report is shown in full: the public feed's. */
  static final Set<String> PUBLIC = id.aduan.report.Report.PUBLIC.stream().map(Enum::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final Open311Repository repository;
  private final ApiClientService clients;
  private final ReportIntakeService reports;
  private final AppConfig config;

  private final SharedLimits limits;

  Open311Service(Open311Repository repository, ApiClientService clients, ReportIntakeService reports, AppConfig config,
      SharedLimits limits) {
    this.limits = limits;
    this.repository = repository;
    this.clients = clients;
    this.config = config;
    this.reports = reports;
  }

  /** One jurisdiction is served: the parameter may be left out, but another one does not exist here. */
  public void checkJurisdiction(String given) {
    if (given != null && !given.isBlank() && !given.strip().equalsIgnoreCase(config.open311().jurisdictionId())) {
      throw new NotFoundException(Msg.of("open311.jurisdiction",
          "given", given.strip(), "ours", config.open311().jurisdictionId()));
    }
  }

  /** {@code endpointUrl}: this API's Open311 base URL as the client reached it. */
  public Uni<Open311Views.Discovery> discovery(String endpointUrl) {
    return repository.servicesChangedAt().map(at -> {
      String changeset = at == null ? "2026-11-01T00:00:00Z" : w3c(at);
      var endpoint = new Open311Views.Endpoint(SPECIFICATION, endpointUrl, changeset, "production",
          List.of("text/xml", "application/json"));
      return new Open311Views.Discovery(changeset, config.open311().contact(), config.open311().keyService(),
          List.of(endpoint));
    });
  }

  public Uni<List<Open311Views.Service>> services(String jurisdiction) {
    checkJurisdiction(jurisdiction);
    return repository.services().map(rows -> rows.stream().map(s -> new Open311Views.Service(s.code(), s.name(),
        s.groupName() == null ? s.name() : s.name() + " (" + s.groupName() + ")", true, "realtime",
        s.groupName() == null ? s.name() : s.name() + ", " + s.groupName(), s.groupName())).toList());
  }

  /** The same attributes for every service (the report's type, kecamatan and privacy flags). */
  public Uni<Open311Views.Definition> definition(String jurisdiction, String serviceCode, boolean indonesian) {
    checkJurisdiction(jurisdiction);
    return repository.activeCategory(serviceCode)
        .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("open311.service.notFound")))
        .flatMap(id -> repository.kecamatan())
        .map(kecamatan -> new Open311Views.Definition(serviceCode, List.of(
            new Open311Views.Attribute(true, "report_type", "singlevaluelist", false,
                text(indonesian, "One of the listed keys; COMPLAINT when left out.",
                    "Salah satu kunci di daftar; COMPLAINT bila dikosongkan."), 1,
                text(indonesian, "What kind of report is this?", "Jenis laporan apa ini?"),
                List.of(new Open311Views.Value("COMPLAINT", text(indonesian, "Complaint", "Pengaduan")),
                    new Open311Views.Value("ASPIRATION", text(indonesian, "Aspiration", "Aspirasi")),
                    new Open311Views.Value("INFORMATION_REQUEST",
                        text(indonesian, "Information request", "Permintaan informasi")))),
            new Open311Views.Attribute(true, "kecamatan", "singlevaluelist", false,
                text(indonesian, "A Kemendagri kecamatan code from the list.",
                    "Kode kecamatan Kemendagri dari daftar."), 2,
                text(indonesian, "In which kecamatan (district) did it happen?",
                    "Di kecamatan mana kejadiannya?"),
                kecamatan.stream().map(k -> new Open311Views.Value(k.code(), k.name())).toList()),
            flag("anonymous", 3, indonesian,
                text(indonesian, "Hide my identity from the agency and the public (the city's admins still see it).",
                    "Sembunyikan identitas saya dari instansi dan publik (admin kota tetap melihatnya).")),
            flag("confidential", 4, indonesian,
                text(indonesian, "Keep the whole report from the public.",
                    "Rahasiakan seluruh laporan dari publik.")))));
  }

  private static Open311Views.Attribute flag(String code, int order, boolean indonesian, String description) {
    return new Open311Views.Attribute(true, code, "singlevaluelist", false,
        text(indonesian, "true or false; false when left out.", "true atau false; false bila dikosongkan."), order,
        description, List.of(new Open311Views.Value("true", text(indonesian, "Yes", "Ya")),
            new Open311Views.Value("false", text(indonesian, "No", "Tidak"))));
  }

  /**
   * Files a report for the application holding {@code api_key}. The report is created at once,
   * so the answer carries its tracking code (and its id as the token).
   *
   * @param acceptLanguage the client's Accept-Language: the reporter's language ("id" unless English is preferred)
   */
  public Uni<List<Open311Views.Created>> submit(Map<String, List<String>> form, String acceptLanguage) {
    checkJurisdiction(Open311Draft.one(form, "jurisdiction_id"));
    String language = acceptLanguage == null || Localizer.prefersIndonesian(acceptLanguage)
        ? "id" : "en";
    return clients.authenticate(Open311Draft.one(form, "api_key"))
        .call(clientId -> limits.require("open311:" + clientId, config.rateLimits().open311PerClient(),
            Msg.of("limit.apiKey")))
        .flatMap(clientId -> {
      Open311Draft draft = Open311Draft.of(form);
      Log.debugf("open311 submit client=%s service=%s", clientId, draft.serviceCode());
      return repository.activeCategory(draft.serviceCode())
          .onItem().ifNull().failWith(() -> new NotFoundException(Msg.of("open311.service.notFound")))
          .flatMap(categoryId -> checkAreas(draft).replaceWith(categoryId))
          .flatMap(categoryId -> reports.intake(draft.submission(categoryId),
              new ReportIntakeService.Intake(Channel.OPEN311, language, draft.mediaUrl(), clientId, false)))
          .map(receipt -> List.of(new Open311Views.Created(receipt.trackingCode(), receipt.id().toString(),
              notice(Localizer.prefersIndonesian(acceptLanguage)), draft.accountId())));
    });
  }

  private String notice(boolean indonesian) {
    int days = config.deadlines().verify();
    return text(indonesian,
        "Received. The city verifies it and forwards it to the agency responsible within " + days + " working days.",
        "Laporan diterima. Pemerintah kota memverifikasi dan meneruskannya ke instansi yang berwenang dalam " + days
            + " hari kerja.");
  }

  /** The kecamatan and the area code given must be areas that the city loaded. */
  private Uni<Void> checkAreas(Open311Draft d) {
    Uni<Void> kecamatan = d.kecamatanAttribute() == null ? Uni.createFrom().voidItem()
        : repository.areaExists(d.kecamatanAttribute()).invoke(ok -> {
          if (!ok) {
            throw new InvalidInputException("attribute[kecamatan]", Msg.of("open311.kecamatan.unknown"));
          }
        }).replaceWithVoid();
    Uni<Void> address = d.addressId() == null ? Uni.createFrom().voidItem()
        : repository.areaExists(d.addressId()).invoke(ok -> {
          if (!ok) {
            throw new InvalidInputException("address_id", Msg.of("open311.addressId.unknown"));
          }
        }).replaceWithVoid();
    return kecamatan.flatMap(x -> address);
  }

  static final int MAX_IDS = 50;

  /** GET requests: by ids (the other filters are then ignored, as the specification says) or by filters. */
  public Uni<List<Open311Views.Request>> requests(String jurisdiction, String ids, String serviceCodes,
      String startDate, String endDate, String status, boolean indonesian) {
    checkJurisdiction(jurisdiction);
    List<String> wanted = commaList(ids);
    if (wanted != null) {
      // Few ids a request, and the requests counted (LOOKUP): nobody walks the tracking codes.
      if (wanted.size() > MAX_IDS) {
        throw new InvalidInputException("service_request_id", Msg.of("open311.ids.tooMany"));
      }
      List<String> codes = wanted.stream().map(TrackingCodes::normalise).flatMap(Optional::stream).distinct().toList();
      if (codes.isEmpty()) {
        return Uni.createFrom().item(List.of());
      }
      return repository.byTrackingCodes(codes)
          .map(rows -> rows.stream().map(r -> visible(r, indonesian)).filter(Objects::nonNull).toList());
    }
    OffsetDateTime start = w3c(startDate, "start_date");
    OffsetDateTime end = w3c(endDate, "end_date");
    if (start == null && end == null) {
      end = OffsetDateTime.now(config.timeZone());
      start = end.minus(WINDOW);
    } else if (start == null) {
      start = end.minus(WINDOW);
    } else if (end == null) {
      end = start.plus(WINDOW);
    } else if (end.isBefore(start)) {
      throw new InvalidInputException("end_date", Msg.of("open311.endDate.beforeStart"));
    } else if (Duration.between(start, end).compareTo(WINDOW) > 0) {
      throw new InvalidInputException("end_date", Msg.of("open311.endDate.tooLate"));
    }
    return repository.publicReports(start, end, statuses(status), commaList(serviceCodes), MAX_RESULTS)
        .map(rows -> rows.stream().map(r -> full(r, indonesian)).toList());
  }

  /** One request by its id (a tracking code); confidential reports do not exist for Open311. */
  public Uni<List<Open311Views.Request>> request(String jurisdiction, String serviceRequestId, boolean indonesian) {
    checkJurisdiction(jurisdiction);
    String code = TrackingCodes.normalise(serviceRequestId).orElseThrow(Open311Service::noSuchRequest);
    return repository.byTrackingCodes(List.of(code))
        .map(rows -> rows.isEmpty() ? null : visible(rows.get(0), indonesian))
        .onItem().ifNull().failWith(Open311Service::noSuchRequest)
        .map(List::of);
  }

  /** The service request id behind a token (a report's id). */
  public Uni<List<Open311Views.TokenAnswer>> token(String jurisdiction, String token) {
    checkJurisdiction(jurisdiction);
    UUID id;
    try {
      id = UUID.fromString(token);
    } catch (IllegalArgumentException e) {
      throw noSuchToken();
    }
    return repository.byId(id)
        .map(r -> r == null || r.confidential() ? null : List.of(new Open311Views.TokenAnswer(r.trackingCode(), token)))
        .onItem().ifNull().failWith(Open311Service::noSuchToken);
  }

  private static NotFoundException noSuchRequest() {
    return new NotFoundException(Msg.of("open311.request.notFound"));
  }

  private static NotFoundException noSuchToken() {
    return new NotFoundException(Msg.of("open311.request.tokenNotFound"));
  }

  /** Public reports in full; others only by id, status, service and times; confidential ones not at all. */
  private Open311Views.Request visible(Open311Repository.ReportRow r, boolean indonesian) {
    if (r.confidential()) {
      return null;
    }
    if (PUBLIC.contains(r.status())) {
      return full(r, indonesian);
    }
    return new Open311Views.Request(r.trackingCode(), openOrClosed(r.status()), null, null, r.serviceCode(), null,
        null, null, w3c(r.createdAt()), w3c(r.updatedAt()), null, null, null, null, null, null, null);
  }

  private Open311Views.Request full(Open311Repository.ReportRow r, boolean indonesian) {
    String status = openOrClosed(r.status());
    String expected = "open".equals(status) && r.dueAt() != null ? w3c(r.dueAt()) : null;
    return new Open311Views.Request(r.trackingCode(), status, statusNotes(r.status(), indonesian), r.serviceName(),
        r.serviceCode(), r.description(), r.agencyName(), null, w3c(r.createdAt()), w3c(r.updatedAt()), expected,
        r.address(), r.kelurahanCode() != null ? r.kelurahanCode() : r.kecamatanCode(), null, r.latitude(),
        r.longitude(), r.sourceUrl());
  }

  static String openOrClosed(String status) {
    return OPEN.contains(status) ? "open" : "closed";
  }

  /** Aduan's own, finer status, in words. */
  static String statusNotes(String status, boolean indonesian) {
    return switch (status) {
      case "VERIFIED" -> text(indonesian, "Verified by the city; to be forwarded to the agency responsible.",
          "Diverifikasi pemerintah kota; akan diteruskan ke instansi yang berwenang.");
      case "FORWARDED" -> text(indonesian, "Forwarded to the agency responsible.",
          "Diteruskan ke instansi yang berwenang.");
      case "IN_PROGRESS" -> text(indonesian, "The agency is following it up.", "Sedang ditindaklanjuti instansi.");
      case "RESOLVED" -> text(indonesian, "Resolved by the agency; waiting for the reporter's confirmation.",
          "Diselesaikan instansi; menunggu konfirmasi pelapor.");
      case "CLOSED" -> text(indonesian, "Closed.", "Ditutup.");
      default -> null;
    };
  }

  /** Statuses to list: null for every public one. */
  static List<String> statuses(String value) {
    List<String> asked = commaList(value);
    if (asked == null) {
      return null;
    }
    boolean open = false;
    boolean closed = false;
    for (String s : asked) {
      switch (s.toLowerCase(Locale.ROOT)) {
        case "open" -> open = true;
        case "closed" -> closed = true;
        default -> throw new InvalidInputException("status", Msg.of("validation.oneOf", "values", "open, closed"));
      }
    }
    if (open && closed) {
      return null;
    }
    boolean wantOpen = open;
    return PUBLIC.stream().filter(s -> OPEN.contains(s) == wantOpen).sorted().toList();
  }

  /** Items of a comma-separated parameter; null when it is absent or empty (then it is not a filter). */
  static List<String> commaList(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> items = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return items.isEmpty() ? null : items;
  }

  private String w3c(OffsetDateTime at) {
    return at == null ? null
        : W3C.format(at.atZoneSameInstant(config.timeZone()).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
  }

  /** A w3c datetime with its zone; a "+" sent unencoded in a query string arrives as a space. */
  static OffsetDateTime w3c(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip().replace(' ', '+'));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, Msg.of("open311.datetime"));
    }
  }

  static String text(boolean indonesian, String english, String bahasa) {
    return indonesian ? bahasa : english;
  }
}
