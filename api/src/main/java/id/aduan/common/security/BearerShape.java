package id.aduan.common.security;

import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A bearer token that is not even shaped like a JWT (three base64url parts) is refused with 401
 * before quarkus-oidc reads it: OIDC 3.33 throws on some of them ({@code Bearer a.}) and the
 * caller got a 500. Authentication is lazy (ADR 0003), so this runs first.
 */
public class BearerShape {
  private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  @ServerRequestFilter(preMatching = true)
  public void check(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && !JWT.matcher(header.substring(7).strip()).matches()) {
      throw new UnauthorizedException();
    }
  }
}
