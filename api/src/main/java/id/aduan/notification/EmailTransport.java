package id.aduan.notification;

import id.aduan.outbox.OutboxEntry;
import id.aduan.outbox.Transport;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Notices by email (quarkus-mailer, SMTP). */
@ApplicationScoped
class EmailTransport implements Transport {
  private final ReactiveMailer mailer;

  EmailTransport(ReactiveMailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public OutboxEntry.Kind kind() {
    return OutboxEntry.Kind.EMAIL;
  }

  @Override
  public Uni<Void> send(Outgoing m) {
    Mail mail = Mail.withText(m.destination(), m.payload().getString("subject"), m.payload().getString("text"))
        // A stable Message-ID: a repeated delivery is one message to the reader's mail client.
        .addHeader("Message-ID", "<" + m.id() + "@aduan>")
        .addHeader("X-Aduan-Delivery", m.id().toString())
        .addHeader("Content-Language", m.payload().getString("language", "id"));
    return mailer.send(mail);
  }
}
