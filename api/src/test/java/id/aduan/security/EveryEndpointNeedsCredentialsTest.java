package id.aduan.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.aduan.testing.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every operation that openapi.yaml does not declare open to anonymous callers answers 401
 * without credentials: a new endpoint that forgets its protection fails here.
 */
@QuarkusTest
class EveryEndpointNeedsCredentialsTest {
  static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

  @Test
  void protectedOperationsRefuseAnonymousCallers() throws Exception {
    JsonNode spec = new YAMLMapper().readTree(Contract.SPEC.toFile());
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
      var path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        var op = ops.next();
        if (!METHODS.contains(op.getKey()) || allowsAnonymous(op.getValue())) {
          continue;
        }
        String url = path.getKey()
            .replace("{trackingCode}", "K7PX4M9Q")
            .replace("{subject}", "someone")
            .replace("{date}", "2031-01-01")
            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var request = given();
        JsonNode body = op.getValue().path("requestBody").path("content");
        if (body.has("multipart/form-data")) {
          request.multiPart("file", "x.pdf", "%PDF-1.4".getBytes(), "application/pdf");
        } else if (body.has("application/json")) {
          request.contentType(ContentType.JSON).body("{}");
        }
        int status = request.request(op.getKey().toUpperCase(), url).statusCode();
        checked++;
        if (status != 401) {
          wrong.add(op.getKey().toUpperCase() + " " + path.getKey() + " -> " + status);
        }
      }
    }
    assertThat(wrong).as("operations that did not answer 401 without credentials").isEmpty();
    assertThat(checked).as("protected operations checked").isGreaterThan(30);
  }

  /** An operation whose security requirements include the empty one ({}) is open to anonymous callers. */
  static boolean allowsAnonymous(JsonNode operation) {
    for (JsonNode requirement : operation.path("security")) {
      if (requirement.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
