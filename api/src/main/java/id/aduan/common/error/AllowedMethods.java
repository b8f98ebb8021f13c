package id.aduan.common.error;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path accepts, read once from the resource classes, for the {@code Allow}
 * header that a 405 must carry (RFC 9110); RESTEasy Reactive's own 405 has none.
 */
final class AllowedMethods {
  private record Route(Pattern path, Set<String> methods) {}

  private static volatile List<Route> routes;

  private AllowedMethods() {}

  /** "GET, POST" for the path, or null when no resource has it. */
  static String of(String path) {
    Set<String> methods = new TreeSet<>();
    for (Route r : routes()) {
      if (r.path().matcher(path).matches()) {
        methods.addAll(r.methods());
      }
    }
    return methods.isEmpty() ? null : String.join(", ", methods);
  }

  private static List<Route> routes() {
    List<Route> known = routes;
    if (known == null) {
      known = scan();
      routes = known;
    }
    return known;
  }

  private static List<Route> scan() {
    List<Route> found = new ArrayList<>();
    for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path base = type.getAnnotation(Path.class);
      if (base == null || !type.getPackageName().startsWith("id.aduan")) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        for (Annotation a : m.getAnnotations()) {
          HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
          if (http != null) {
            Path sub = m.getAnnotation(Path.class);
            found.add(new Route(template(base.value() + "/" + (sub == null ? "" : sub.value())), Set.of(http.value())));
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /** "/api/v1/reports/{id}" as a pattern: each {param} one segment, everything else literal. */
  private static Pattern template(String path) {
    String clean = ("/" + path).replaceAll("/+", "/");
    if (clean.length() > 1 && clean.endsWith("/")) {
      clean = clean.substring(0, clean.length() - 1);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : clean.split("\\{[^}]+}", -1)) {
      if (!regex.isEmpty()) {
        regex.append("[^/]+");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString());
  }
}
