package id.aduan.channel;

import static id.aduan.channel.ChannelTestSupport.hmac;
import static id.aduan.channel.ChannelTestSupport.newPhone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.common.Phones;
import id.aduan.outbox.OutboxSender;
import id.aduan.testing.FakeGateways;
import id.aduan.testing.Keycloak;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reporters' contact data never reaches the logs, even with Aduan's own logging at DEBUG: a
 * guest's web report with contact details, an SMS report, an admin reading the contact, and the
 * notices going out. Phones appear masked, names and emails not at all.
 */
@QuarkusTest
@TestProfile(PersonalDataLogTest.DebugLogging.class)
@WithTestResource(value = FakeGateways.class, scope = TestResourceScope.GLOBAL)
class PersonalDataLogTest {

  public static class DebugLogging implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.log.category.\"id.aduan\".level", "DEBUG");
    }
  }

  /** Every record as it would be written, message formatted and any stack trace included. */
  static final class Capture extends Handler {
    final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(LogRecord r) {
      String message = r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
      StringWriter out = new StringWriter().append(r.getLoggerName()).append(' ').append(message);
      if (r.getThrown() != null) {
        r.getThrown().printStackTrace(new PrintWriter(out));
      }
      lines.add(out.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Inject
  OutboxSender sender;

  final Capture capture = new Capture();

  @BeforeEach
  void listen() {
    capture.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger("").removeHandler(capture);
  }

  @Test
  void contactDataIsNeverLoggedAndPhonesOnlyMasked() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String name = "Yohana Nubatonis " + tag;
    String email = "yohana." + tag + "@example.org";
    String webPhone = "+" + newPhone();
    String smsPhone = newPhone();

    String id = given().contentType(ContentType.JSON)
        .body(Map.of("type", "COMPLAINT", "title", "Lampu jalan mati di Jalan Timor Raya",
            "description", "Sudah seminggu lampu jalan di dekat pasar mati, gelap sekali.",
            "contact", Map.of("name", name, "email", email, "phone", webPhone)))
        .post("/api/v1/reports")
        .then().statusCode(201).extract().path("id");
    // A mistyped address is refused: the refusal must not echo it into the log either.
    given().contentType(ContentType.JSON)
        .body(Map.of("type", "COMPLAINT", "title", "Lampu jalan mati di Jalan Timor Raya",
            "description", "Sudah seminggu lampu jalan di dekat pasar mati, gelap sekali.",
            "contact", Map.of("name", name, "email", "yohana." + tag + "@@example", "phone", webPhone)))
        .post("/api/v1/reports")
        .then().statusCode(400);
    byte[] text = ("{\"messageId\":\"" + UUID.randomUUID() + "\",\"from\":\"" + smsPhone
        + "\",\"to\":\"1708\",\"receivedAt\":\"" + java.time.Instant.now()
        + "\",\"text\":\"aduan: Sampah menumpuk di Jalan Soekarno " + tag + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    given().contentType(ContentType.JSON).header("X-Aduan-Signature", hmac(SmsWebhookTest.SECRET, text)).body(text)
        .post("/api/v1/channels/sms/{gateway}", "telkom")
        .then().statusCode(200);
    given().auth().oauth2(Keycloak.token("admin1")).get("/api/v1/reports/{id}", id)
        .then().statusCode(200);
    sender.sendDue(Instant.now().plusSeconds(1)).await().atMost(Duration.ofSeconds(60));

    List<String> lines = List.copyOf(capture.lines);
    String all = String.join("\n", lines);
    // Captured at all, and the SMS was logged, with its number masked.
    assertThat(all).contains(Phones.mask("+" + smsPhone));
    for (String secret : List.of(name, email, "yohana." + tag, webPhone.substring(1), smsPhone,
        smsPhone.substring(2))) {
      assertThat(lines).as("log lines containing %s", secret).noneMatch(line -> line.contains(secret));
    }
  }
}
