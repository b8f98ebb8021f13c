package id.aduan.common.config;

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

  Open311 open311();

  /** The Open311 GeoReport v2 interface ({@code /open311/v2}). */
  interface Open311 {
    /** The one jurisdiction served: the city's main website without "www". */
    @WithDefault("kupangkota.go.id")
    String jurisdictionId();

    /** Service discovery's {@code contact}: how developers reach the people behind the API. */
    @WithDefault("Admin koordinator pengaduan (Bagian Organisasi Setda): lihat situs web pemerintah kota.")
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
