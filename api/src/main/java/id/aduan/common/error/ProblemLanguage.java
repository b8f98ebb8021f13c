package id.aduan.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors in the caller's language: the SPA sends the UI language in {@code Accept-Language}, so
 * a citizen reads "wajib diisi" next to the field, while API clients that ask for nothing get
 * English. Field names and enum values stay as the contract spells them.
 */
public class ProblemLanguage {

  @ServerResponseFilter
  public void localize(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof Problem p)) {
      return;
    }
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (!Localizer.prefersIndonesian(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))) {
      return;
    }
    response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "id");
    response.setEntity(indonesian(p));
  }

  static Problem indonesian(Problem p) {
    List<Problem.Violation> violations = p.violations() == null ? null : p.violations().stream()
        .map(v -> new Problem.Violation(v.field(), Localizer.translate(v.message(), true)))
        .toList();
    // The detail of invalid input is made from its violations: make it again from the translated ones.
    String detail = Localizer.translate(violations == null ? p.detail() : ProblemMapper.describe(violations), true);
    return new Problem(p.type(), Localizer.translate(p.title(), true), p.status(), detail, p.instance(), violations,
        p.proofOfWork());
  }
}
