package id.aduan.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.aduan.testing.Contract;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** openapi.yaml is the product's contract: the API serves it unchanged and implements exactly it. */
@QuarkusTest
class OpenApiContractTest {

  @Test
  void servedDocumentIsTheCommittedFile() throws Exception {
    JsonNode committed = new YAMLMapper().readTree(Contract.SPEC.toFile());
    String served = given().filter(Contract.skip("the contract document itself, compared below"))
        .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    JsonNode servedTree = new ObjectMapper().readTree(served);
    if (!servedTree.equals(committed)) {
      // The whole document is too long for a failure message: name the first place they differ.
      assertThat(firstDifference(committed, servedTree, "")).isEqualTo("none");
    }
  }

  /** The JSON path of the first node where {@code expected} and {@code actual} differ, with both values. */
  static String firstDifference(JsonNode expected, JsonNode actual, String at) {
    if (expected.equals(actual)) {
      return "none";
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        if (!expected.has(name) || !actual.has(name)) {
          return at + "/" + name + (expected.has(name) ? " is missing from the served document" : " is not in the file");
        }
        String inner = firstDifference(expected.get(name), actual.get(name), at + "/" + name);
        if (!inner.equals("none")) {
          return inner;
        }
      }
    }
    if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        String inner = firstDifference(expected.get(i), actual.get(i), at + "/" + i);
        if (!inner.equals("none")) {
          return inner;
        }
      }
    }
    return at + ": file " + expected + " but served " + actual;
  }

  @Test
  void everyEndpointIsInTheContractAndEveryOperationIsImplemented() throws Exception {
    JsonNode spec = new YAMLMapper().readTree(Contract.SPEC.toFile());
    Set<String> documented = new TreeSet<>();
    for (Iterator<String> paths = spec.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      spec.get("paths").get(path).fieldNames().forEachRemaining(method -> {
        if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
          documented.add(method.toUpperCase(Locale.ROOT) + " " + path);
        }
      });
    }
    assertThat(implementedEndpoints()).isEqualTo(documented);
  }

  /** "METHOD /path" of every JAX-RS resource method of the application. */
  private static Set<String> implementedEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
      Class<?> type = bean.getBeanClass();
      Path classPath = type.getAnnotation(Path.class);
      if (classPath == null || !type.getPackageName().startsWith("id.aduan")) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        for (Annotation a : m.getAnnotations()) {
          HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
          if (http != null) {
            Path methodPath = m.getAnnotation(Path.class);
            String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
            endpoints.add(http.value() + " " + path);
          }
        }
      }
    }
    return endpoints;
  }

  private static String join(String a, String b) {
    String path = ("/" + a + "/" + b).replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
