package id.aduan.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Path;

/**
 * A RestAssured filter that fails a test when a response does not match openapi.yaml: status
 * codes, content types, headers and bodies. Requests are not checked, because tests send
 * invalid requests on purpose.
 */
public final class Contract {
  public static final Path SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

  private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
      OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
          .withLevelResolver(LevelResolver.create()
              .withLevel("validation.request", ValidationReport.Level.IGNORE)
              .build())
          .build());

  private Contract() {}

  public static OpenApiValidationFilter filter() {
    return FILTER;
  }
}
