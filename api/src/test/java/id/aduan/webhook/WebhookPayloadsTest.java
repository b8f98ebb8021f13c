package id.aduan.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import id.aduan.report.ReportStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What other systems receive never carries personal data, not even in a free-text reason (issue 21). */
class WebhookPayloadsTest {
  @Test
  void aReasonIsMaskedAndContactsNeverLeave() {
    Report r = new Report();
    r.id = UUID.randomUUID();
    r.trackingCode = "UCMH8E5W";
    r.status = ReportStatus.ARCHIVED;
    r.title = "Jalan rusak, hubungi 081234567890";
    r.contactEmail = "budi.santoso@gmail.com";
    ReportEvent e = new ReportEvent();
    e.type = ReportEvent.Type.ARCHIVED;
    e.at = Instant.now();
    e.seq = 2;
    Map<String, Object> body = WebhookPayloads.of(e, r, Map.of("reason", "Sudah dilaporkan oleh 081234567890",
        "message", "NIK saya 5371014501900003"));

    assertThat(body.toString()).doesNotContain("081234567890", "5371014501900003", "budi.santoso", "Jalan rusak");
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) body.get("details");
    assertThat(details).containsEntry("reason", "Sudah dilaporkan oleh [nomor telepon disembunyikan]")
        .doesNotContainKey("message");
  }
}
