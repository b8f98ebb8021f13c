package id.aduan.common.error;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers {@code OPTIONS} with the methods the path really has. RESTEasy Reactive's own answer
 * lists every method of the resource class (DELETE of /holidays/{date} on /holidays). CORS
 * preflights never get here: the HTTP layer answers them.
 */
public class AllowedMethodsFilter {

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> options(ContainerRequestContext request) {
    if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
      return Optional.empty();
    }
    String allowed = AllowedMethods.of(request.getUriInfo().getPath());
    if (allowed == null) {
      return Optional.empty();
    }
    String withOptions = allowed + (allowed.contains("GET") ? ", HEAD" : "") + ", OPTIONS";
    return Optional.of(Response.noContent().header(HttpHeaders.ALLOW, withOptions).build());
  }
}
