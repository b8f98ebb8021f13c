package id.aduan.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.aduan.outbox.OutboxSender;
import id.aduan.testing.Agencies;
import id.aduan.testing.Outboxes;
import id.aduan.testing.Keycloak;
import id.aduan.testing.Reports;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notices to reporters leave through the outbox, against a real SMTP server (GreenMail): they
 * commit with the change they announce, survive an SMTP outage and a sender dying mid-round,
 * and are sent once.
 */
@QuarkusTest
class NotificationTest {
  private static final AtomicInteger DOMAINS = new AtomicInteger();

  @Inject
  OutboxSender sender;

  @Inject
  AgroalDataSource dataSource;

  GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
  }

  @AfterEach
  void stopSmtp() {
    smtp.stop();
  }

  /** A domain no other test writes to, so that counts of mail are this test's own. */
  static String freshDomain() {
    return "t" + DOMAINS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
  }

  static Map<String, Object> guestReport(String email) {
    Map<String, Object> body = Reports.submission();
    body.put("contact", Map.of("name", "Maria", "email", email, "phone", "+6281234567890"));
    return given().contentType(ContentType.JSON).body(body).post("/api/v1/reports")
        .then().statusCode(201).extract().jsonPath().getMap("$");
  }

  void drain(Instant now) {
    Outboxes.drain(sender, now);
  }

  record Row(UUID id, String kind, String destination, String eventType, String status, int attempts,
      String lastError) {}

  List<Row> outbox(String reportId) throws Exception {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "select id, kind, destination, event_type, status, attempts, last_error from outbox "
            + "where report_id = ? and kind <> 'WEBHOOK' order by created_at, id")) {
      s.setObject(1, UUID.fromString(reportId));
      List<Row> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          UUID rowId = r.getObject(1, UUID.class);
          rows.add(new Row(rowId, r.getString(2), id.aduan.testing.Sealed.open(r.getString(3), "outbox", "destination", rowId),
              r.getString(4), r.getString(5), r.getInt(6), r.getString(7)));
        }
      }
      return rows;
    }
  }

  MimeMessage[] mailTo(String domain) {
    return smtp.getReceivedMessagesForDomain(domain);
  }

  static void adminStep(String id, String step, Object body, int status) {
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON).body(body)
        .post("/api/v1/reports/{id}/" + step, id).then().statusCode(status);
  }

  @Test
  void aReceiptIsMailedOnceInTheReportersLanguage() throws Exception {
    String domain = freshDomain();
    var receipt = guestReport("maria@" + domain);
    String id = (String) receipt.get("id");
    String code = (String) receipt.get("trackingCode");
    List<Row> queued = outbox(id);
    assertThat(queued).extracting(Row::kind, Row::destination, Row::eventType, Row::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EMAIL", "maria@" + domain, "report.submitted", "PENDING"));

    drain(Instant.now());
    drain(Instant.now());

    MimeMessage[] mails = mailTo(domain);
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).isEqualTo("Laporan " + code);
    assertThat((String) mails[0].getContent()).contains("Laporan " + code + " sudah diterima").contains("/lacak/" + code);
    assertThat(mails[0].getHeader("X-Aduan-Delivery")[0]).isEqualTo(queued.get(0).id().toString());
    assertThat(outbox(id)).extracting(Row::status).containsExactly("SENT");
  }

  @Test
  void aNoticeExistsOnlyIfItsChangeCommitted() throws Exception {
    String domain = freshDomain();
    String id = (String) guestReport("ana@" + domain).get("id");
    adminStep(id, "verification", Map.of(), 200);
    // Refused transitions roll back: no notice for them.
    adminStep(id, "forwards", Map.of("agencyId", Agencies.create("Dinas Lama", null, false)), 400);
    adminStep(id, "verification", Map.of(), 409);
    // Internal notes stay inside; a public reply reaches the reporter.
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("body", "Catatan internal untuk tim.", "internal", true))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("body", "Terima kasih, kami sedang memeriksa.", "internal", false))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);

    assertThat(outbox(id)).extracting(Row::eventType)
        .containsExactly("report.submitted", "report.message_posted");
  }

  @Test
  void aNoticeOfAPublicReportLinksToItsPublicPage() throws Exception {
    String domain = freshDomain();
    var receipt = guestReport("yohana@" + domain);
    String id = (String) receipt.get("id");
    String code = (String) receipt.get("trackingCode");
    adminStep(id, "verification", Map.of(), 200);
    given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("body", "Kami sudah meneruskan ke dinas.", "internal", false))
        .post("/api/v1/reports/{id}/messages", id).then().statusCode(201);
    drain(Instant.now());
    drain(Instant.now());

    List<String> texts = new java.util.ArrayList<>();
    for (MimeMessage mail : mailTo(domain)) {
      texts.add((String) mail.getContent());
    }
    assertThat(texts).hasSize(2);
    // Before verification the report is not public: its receipt links to the tracking page.
    assertThat(texts).filteredOn(t -> t.contains("sudah diterima")).singleElement().asString()
        .contains("/lacak/" + code).doesNotContain("/laporan-publik/");
    assertThat(texts).filteredOn(t -> t.contains("Petugas membalas laporan " + code)).singleElement().asString()
        .contains("/laporan-publik/" + code);
  }

  @Test
  void anSmtpOutageDelaysTheNoticeWithoutLosingOrRepeatingIt() throws Exception {
    String domain = freshDomain();
    String id = (String) guestReport("yosef@" + domain).get("id");
    smtp.stop();
    Instant now = Instant.now();

    drain(now);

    Row failed = outbox(id).get(0);
    assertThat(failed.status()).isEqualTo("PENDING");
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();

    smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    drain(now.plusSeconds(5));
    assertThat(mailTo(domain)).as("not due again before its backoff").isEmpty();

    drain(now.plus(Duration.ofMinutes(2)));
    drain(now.plus(Duration.ofMinutes(10)));

    assertThat(mailTo(domain)).hasSize(1);
    assertThat(outbox(id)).extracting(Row::status, Row::attempts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SENT", 2));
  }

  @Test
  void aSenderThatDiesAfterClaimingLeavesTheNoticeToTheNextOne() throws Exception {
    String domain = freshDomain();
    String id = (String) guestReport("daniel@" + domain).get("id");
    Instant now = Instant.now();
    // A sender claims everything due, then dies before sending (its process is killed).
    try {
      VertxContextSupport.subscribeAndAwait(() -> sender.claim(now));
    } catch (Throwable e) {
      throw new AssertionError(e);
    }

    drain(now.plusSeconds(30));
    assertThat(mailTo(domain)).as("leased to the dead sender").isEmpty();

    drain(now.plus(Duration.ofMinutes(3)));
    drain(now.plus(Duration.ofMinutes(4)));

    assertThat(mailTo(domain)).hasSize(1);
    assertThat(outbox(id)).extracting(Row::status).containsExactly("SENT");
  }

  @Test
  void aWebReporterIsAnsweredInTheLanguageTheirBrowserAskedFor() throws Exception {
    String domain = freshDomain();
    Map<String, Object> body = Reports.submission();
    body.put("contact", Map.of("email", "visitor@" + domain));
    String code = given().contentType(ContentType.JSON).header("Accept-Language", "en-GB,en;q=0.9,id;q=0.5")
        .body(body).post("/api/v1/reports").then().statusCode(201).extract().path("trackingCode");

    drain(Instant.now());

    assertThat(mailTo(domain)).hasSize(1);
    assertThat(mailTo(domain)[0].getSubject()).isEqualTo("Report " + code);
    assertThat(mailTo(domain)[0].getHeader("Content-Language")[0]).isEqualTo("en");
  }

  @Test
  void aComplaintEnteredForSomeoneIsAnsweredInTheirLanguage() throws Exception {
    String domain = freshDomain();
    Map<String, Object> report = Reports.submission();
    report.put("contact", Map.of("name", "John", "email", "john@" + domain));
    String code = given().auth().oauth2(Keycloak.token("admin1")).contentType(ContentType.JSON)
        .body(Map.of("channel", "PHONE", "language", "en", "report", report)).post("/api/v1/assisted-reports")
        .then().statusCode(201).extract().path("trackingCode");

    drain(Instant.now());

    MimeMessage[] mails = mailTo(domain);
    assertThat(mails).hasSize(1);
    assertThat(mails[0].getSubject()).isEqualTo("Report " + code);
    assertThat((String) mails[0].getContent()).contains("Your report " + code + " was received");
  }
}
