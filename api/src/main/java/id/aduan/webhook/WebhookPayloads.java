package id.aduan.webhook;

import id.aduan.privacy.PersonalDataDetector;
import id.aduan.report.Report;
import id.aduan.report.ReportEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a webhook delivery: what happened to which report, never who reported it.
 * Details are limited to those a reporter could see too (no internal notes, no contacts).
 */
final class WebhookPayloads {
  private WebhookPayloads() {}

  static Map<String, Object> of(ReportEvent e, Report r, Map<String, Object> details) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("id", r.id);
    report.put("trackingCode", r.trackingCode);
    report.put("status", r.status);
    report.put("type", r.type);
    report.put("channel", r.channel);
    report.put("categoryId", r.categoryId);
    report.put("agencyId", r.currentAgencyId);
    report.put("kecamatanCode", r.kecamatanCode);
    report.put("kelurahanCode", r.kelurahanCode);
    report.put("confidential", r.confidential);
    report.put("receivedAt", r.createdAt);
    Map<String, Object> shown = new LinkedHashMap<>(details);
    shown.keySet().retainAll(java.util.Set.of("agencyId", "reason", "duplicateOf", "automatic", "rating",
        "categoryId"));
    // A reason is free text, which other systems may publish: personal data in it is masked.
    shown.replaceAll((k, v) -> v instanceof String text ? PersonalDataDetector.mask(text) : v);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.type.publicName());
    body.put("occurredAt", e.at);
    body.put("sequence", e.seq);
    body.put("fromStatus", e.fromStatus);
    body.put("toStatus", e.toStatus);
    body.put("details", shown);
    body.put("report", report);
    return body;
  }
}
