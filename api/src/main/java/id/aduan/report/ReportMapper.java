package id.aduan.report;

import jakarta.enterprise.context.ApplicationScoped;

/** Maps report entities to API views (hand-written: four flat records do not need a generator). */
@ApplicationScoped
public class ReportMapper {

  public ReportViews.Receipt toReceipt(Report r, String pin) {
    return new ReportViews.Receipt(r.id, r.trackingCode, r.status, r.type, r.title, r.createdAt, pin);
  }

  public ReportViews.Summary toSummary(Report r) {
    return new ReportViews.Summary(r.id, r.trackingCode, r.status, r.type, r.title, r.createdAt, r.updatedAt);
  }

  public ReportViews.Detail toDetail(Report r) {
    ReportSubmission.Contact contact = r.contactName == null && r.contactEmail == null && r.contactPhone == null
        ? null
        : new ReportSubmission.Contact(r.contactName, r.contactEmail, r.contactPhone);
    return new ReportViews.Detail(r.id, r.trackingCode, r.status, r.type, r.title, r.description, r.channel,
        contact, r.createdAt, r.updatedAt);
  }

  public ReportViews.Tracked toTracked(Report r) {
    return new ReportViews.Tracked(r.trackingCode, r.status, r.type, r.title, r.createdAt, r.updatedAt);
  }
}
