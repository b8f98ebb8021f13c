package id.aduan.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Errors in the caller's language: the SPA sends the UI language in {@code Accept-Language}, so
 * a citizen reads "wajib diisi" next to the field, while API clients that ask for nothing get
 * English. ProblemMapper writes the words (Localizer); this filter says in the headers that they
 * depend on Accept-Language, and which language they are in. Field names and enum values stay as
 * the contract spells them.
 */
public class ProblemLanguage {

  @ServerResponseFilter
  public void localize(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(response.getEntity() instanceof Problem)) {
      return;
    }
    response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (Localizer.prefersIndonesian(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))) {
      response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "id");
    }
  }
}
