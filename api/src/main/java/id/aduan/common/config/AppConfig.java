package id.aduan.common.config;

import id.aduan.report.access.GuestAccess;
import id.aduan.report.lifecycle.DeadlineJob;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Aduan's own settings ({@code aduan.*}). */
@ConfigMapping(prefix = "aduan")
public interface AppConfig {

  /** The city's time zone: working days start and end there (Kupang: WITA). */
  @WithDefault("Asia/Makassar")
  ZoneId timeZone();

  Deadlines deadlines();

  DeadlineJob deadlineJob();

  FactsBackfill factsBackfill();

  OfficerAccounts officerAccounts();

  OutboxSettings outbox();

  /** The web app's public address, for links in messages to reporters. */
  @WithDefault("http://localhost:3000")
  String webUrl();

  /**
   * The API's public address (its paths start with /api/v1), for absolute links outside the app:
   * a link preview's image. Empty: the web app's address, where the ingress routes /api to the API.
   */
  java.util.Optional<String> apiUrl();

  Sms sms();

  WhatsApp whatsapp();

  /** SMS gateways: texts to the short code come in through a webhook, replies go out through their API. */
  interface Sms {
    /** The word a text must start with to be a report, e.g. "ADUAN jalan rusak di Oebobo". */
    @WithDefault("ADUAN")
    String keyword();

    /** Gateways by name: the name is the last segment of the inbound webhook's path. */
    java.util.Map<String, Gateway> gateways();

    /** The gateway for SMS to reporters who did not write by SMS (walk-in, phone); none: no SMS to them. */
    java.util.Optional<String> defaultGateway();

    /**
     * How old a text's signed {@code receivedAt} may be: an older delivery is refused even when its id
     * has been forgotten (shorter than {@code aduan.outbox.keep-inbound}, which keeps the ids).
     */
    @WithDefault("3d")
    java.time.Duration replayWindow();

    interface Gateway {
      /** Signs inbound webhooks (HMAC-SHA256 of the body) and outbound requests. */
      String secret();

      /** Where outbound SMS are posted. */
      java.util.Optional<java.net.URI> outboundUrl();
    }
  }

  /** WhatsApp Business Cloud API; off unless an app secret is set. */
  interface WhatsApp {
    /** The token Meta echoes in the webhook's verification handshake. */
    java.util.Optional<String> verifyToken();

    /** Checks X-Hub-Signature-256 on every inbound POST. */
    java.util.Optional<String> appSecret();

    /** Bearer token for the Graph API (sending messages, fetching media). */
    java.util.Optional<String> accessToken();

    /** The business phone number's id in the Graph API. */
    java.util.Optional<String> phoneNumberId();

    @WithDefault("https://graph.facebook.com/v21.0")
    java.net.URI graphUrl();

    /**
     * How old a message's signed {@code timestamp} may be: Meta retries for up to 7 days; an older
     * message is dropped even when its id has been forgotten (see {@code aduan.outbox.keep-inbound}).
     */
    @WithDefault("7d")
    java.time.Duration replayWindow();
  }

  /** The outbox sender (id.aduan.outbox.OutboxSender). */
  interface OutboxSettings {
    /** How often a sender looks for due messages, e.g. {@code 2s}; {@code off} disables it here. */
    @WithDefault("2s")
    String every();

    /**
     * Messages claimed and sent at once per round: also the most a sender killed mid-round can
     * send twice. 100 reached the machine's limit in bench/outbox-throughput.mjs (50: 60 % of it).
     */
    @WithDefault("100")
    int batch();

    /** How long a claimed message is left to its sender before another may retry it. */
    @WithDefault("2m")
    java.time.Duration lease();

    /** How long one send may take before it counts as failed. */
    @WithDefault("20s")
    java.time.Duration timeout();

    /** After this many failed attempts the message is dead until an admin redelivers it. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait before the second attempt; it doubles with each attempt. */
    @WithDefault("30s")
    java.time.Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("6h")
    java.time.Duration maxRetry();

    /** How long sent messages stay visible to admins. */
    @WithDefault("30d")
    java.time.Duration keepSent();

    /**
     * How long the ids of inbound messages are kept to drop repeats: longer than any provider
     * retries (Meta retries a webhook for up to 7 days).
     */
    @WithDefault("14d")
    java.time.Duration keepInbound();

    /** How often old messages are forgotten; {@code off} disables it on this instance. */
    @WithDefault("1h")
    String retentionEvery();
  }

  Search search();

  RateLimits rateLimits();

  /**
   * Requests allowed per client address and per account, each written {@code count/period} or
   * {@code off}; see ADR 0016. Addresses are generous: a mobile carrier puts many phones behind one.
   */
  interface RateLimits {
    /** New reports from one address. */
    @WithDefault("60/10m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate submissionsPerAddress();

    /** New reports from one citizen account. */
    @WithDefault("10/1h")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate submissionsPerAccount();

    /** A reporter's messages, attachments, confirmations, disputes and supports, from one address. */
    @WithDefault("120/10m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate reporterWritesPerAddress();

    /** The same, from one account. */
    @WithDefault("60/10m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate reporterWritesPerAccount();

    /**
     * Guesses of tracking codes, PINs and access keys from one address, shared by every instance;
     * a right one is given back.
     */
    @WithDefault("20/10m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate pinFailuresPerAddress();

    /**
     * Guesses of one report's PIN from one address (counted before the PIN is compared, a right
     * one given back). Per address, so that nobody locks the reporter out (ADR 0025).
     */
    @WithDefault("10/15m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate pinAttemptsPerReportAndAddress();

    /** Lookups by tracking code (the public tracking page, Open311's lists of ids) from one address. */
    @WithDefault("120/10m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate lookupsPerAddress();

    /** CSV exports by one official: each reads many rows. */
    @WithDefault("20/1h")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate exportsPerAccount();

    /** Texts from one phone number to the SMS short code (a flood costs the city a reply each). */
    @WithDefault("20/1h")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate smsPerSender();

    /** WhatsApp messages from one phone number (a guided chat takes a handful per report). */
    @WithDefault("60/1h")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate whatsappPerSender();

    /** Reports filed by one Open311 application (API key), for all of its users together. */
    @WithDefault("300/10m")
    @io.smallrye.config.WithConverter(id.aduan.common.limit.RateConverter.class)
    id.aduan.common.limit.Rate open311PerClient();

    /** How often rows that no longer hold anything back are deleted ({@code off}: never, on this instance). */
    @WithDefault("10m")
    String cleanupEvery();
  }

  AntiSpam antiSpam();

  /** Guests' reports, which no account vouches for (ADR 0021). */
  interface AntiSpam {
    /**
     * Leading zero bits of a guest's X-Proof-Of-Work stamp; each bit doubles the work. 18 is about
     * a second on a cheap phone, made while the form is filled in. 0 turns the check off.
     */
    @WithDefault("18")
    int proofOfWorkBits();
  }

  Webhooks webhooks();

  PersonalData personalData();

  /**
   * Personal data at rest: contact data, webhook secrets, outbox destinations (common/crypto,
   * ADR 0020, 0026). Read by PersonalDataCipher itself, which entity callbacks call.
   */
  interface PersonalData {
    /**
     * The current key: 32 random bytes in base64 (openssl rand -base64 32). The API does not
     * start without it or a keyset. To rotate: make a new one current, move the old one to
     * retired-keys, restart; every value is re-encrypted in the background while the API serves.
     */
    java.util.Optional<String> key();

    /** Earlier keys, still opening the values sealed with them until the re-encryption is done. */
    java.util.Optional<java.util.List<String>> retiredKeys();

    /**
     * A Tink JSON keyset of AEAD keys (tinkey), used instead of {@code key} when set; its primary
     * key seals. {@code key} and {@code retired-keys} then only open values written before it.
     */
    java.util.Optional<String> keyset();
  }

  /** Where webhook deliveries may go (they are requests this API makes to addresses admins type). */
  interface Webhooks {
    /**
     * Private networks (CIDR, e.g. {@code 10.20.0.0/16}) that subscribers may be in, such as the
     * city's own; none by default, so that no webhook reaches this API's neighbours (SSRF).
     * Plain http is allowed into these only.
     */
    java.util.Optional<java.util.List<String>> allowedPrivateNetworks();
  }

  /** Full-text search of the public feed. */
  interface Search {
    /**
     * Up to this many matches, a search whose matches are rare among the newest public reports
     * reads them all through the search index and ranks them; with more, it ranks those among
     * the newest 5,000 (ADR 0029). The read costs about 10 µs a match on the benchmark's machine.
     */
    @WithDefault("4000")
    int ginCap();
  }

  Open311 open311();

  /** The Open311 GeoReport v2 interface ({@code /open311/v2}). */
  interface Open311 {
    /** The one jurisdiction served: the city's main website without "www". */
    @WithDefault("kupangkota.go.id")
    String jurisdictionId();

    /** Service discovery's {@code contact}: how developers reach the people behind the API. */
    @WithDefault("The city's complaint coordinator (admin koordinator pengaduan); see the city government's website.")
    String contact();

    /** Service discovery's {@code key_service}: how a developer gets an API key. */
    @WithDefault("API keys are issued by the city's complaint coordinator admin on request.")
    String keyService();
  }

  /** Creating officers' Keycloak accounts through the admin API (quarkus.keycloak.admin-client.*). */
  interface OfficerAccounts {
    @WithDefault("false")
    boolean enabled();
  }

  /**
   * The largest request body outside file uploads; uploads may reach
   * {@code quarkus.http.limits.max-body-size}.
   */
  @WithDefault("1M")
  io.quarkus.runtime.configuration.MemorySize maxRequestBody();

  /**
   * Proxies (CIDR, e.g. {@code 10.0.0.0/8}) whose {@code X-Forwarded-For} is believed: the client is
   * the right-most address in it that is not one of them. None by default: every client is the
   * address that connected (ClientAddress).
   */
  java.util.Optional<java.util.List<String>> trustedProxies();

  Workers workers();

  /** The pool for CPU-heavy work of requests (common/Workers). */
  interface Workers {
    /**
     * Threads. One by default: CPU work then takes at most one core of the instance, and the
     * event loops keep the others for every other request (a burst of guesses at old PBKDF2
     * hashes on two threads of a two-core box slowed ordinary requests to a p99 near 2 s).
     */
    @WithDefault("1")
    int size();

    /**
     * Tasks waiting or running beyond which requests are answered 503 at once: 16 old PBKDF2
     * hashes are about half a second of one core, the longest a guess should wait for its answer.
     */
    @WithDefault("16")
    int maxQueued();
  }

  Database database();

  /** How requests wait for a pooled database connection (common/config/DatabasePool). */
  interface Database {
    /** Requests waiting for a connection beyond which they are answered 503 at once. */
    @WithDefault("500")
    int maxWaiting();

    /** How long a request waits for a connection before it is answered 503. */
    @WithDefault("5s")
    java.time.Duration connectionTimeout();
  }

  GuestAccess guestAccess();

  /** Guests' PINs and access keys (report/Pins, ADR 0025). */
  interface GuestAccess {
    /**
     * The current HMAC key (base64, at least 32 bytes) for PINs and access keys, kept outside the
     * database. Not set: derived from {@code aduan.personal-data.key}.
     */
    java.util.Optional<String> pepper();

    /** Earlier keys, still accepted for the PINs and access keys made with them. */
    java.util.Optional<java.util.List<String>> retiredPeppers();
  }

  /** Load the demo agencies, officers and reports at startup (./aduan run); never in production. */
  @WithDefault("false")
  boolean demoData();

  /** The scheduled job that closes and escalates reports. */
  interface DeadlineJob {
    /** How often it runs, e.g. {@code 5m}; {@code off} disables it on this instance. */
    @WithDefault("5m")
    String every();
  }

  /** The scheduled job that builds the statistics rows of reports that have none. */
  interface FactsBackfill {
    /**
     * How often it looks, e.g. {@code 1h} (a look reads both tables' keys); it also looks once
     * soon after startup. {@code off} disables it on this instance.
     */
    @WithDefault("1h")
    String every();
  }

  /** Deadlines in working days (PRODUCT.md, "Lifecycle and deadlines"). */
  interface Deadlines {
    /** Submission to forwarding (verification included). */
    @WithDefault("3")
    int verify();

    /** Forwarding to the agency's first follow-up. */
    @WithDefault("5")
    int followUp();

    /** Resolution to automatic closing when the reporter does not answer. */
    @WithDefault("10")
    int autoClose();

    /** Working days past a deadline after which the escalation reaches the parent agency. */
    @WithDefault("2")
    int escalateToParent();
  }
}
