package id.aduan.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.nio.file.Path;

/**
 * A RestAssured filter that fails a test when a response does not match openapi.yaml: status
 * codes, content types, headers and bodies. {@link ContractExtension} puts it on every request
 * of every test; a request that leaves the contract on purpose says so with {@link #skip}.
 * Requests are not checked, because tests send invalid requests on purpose, except for their
 * path and method: a response from a route the contract does not have could not be checked.
 */
public final class Contract {
  public static final Path SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

  private static final String SKIPPED = Contract.class.getName() + ".skipped";

  private static final OpenApiValidationFilter VALIDATION = new OpenApiValidationFilter(
      OpenApiInteractionValidator.createForSpecificationUrl(SPEC.toUri().toString())
          .withLevelResolver(LevelResolver.create()
              .withLevel("validation.request", ValidationReport.Level.IGNORE)
              .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
              .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
              .build())
          .build());

  private static final Filter FILTER = new Checked();

  private Contract() {}

  /** Puts the filter on every RestAssured request of this class loader's RestAssured, once. */
  public static synchronized void install() {
    if (!RestAssured.filters().contains(FILTER)) {
      RestAssured.filters(FILTER);
    }
  }

  /** The filter {@link #install} puts on every request. */
  public static Filter filter() {
    return FILTER;
  }

  /**
   * For {@code given().filter(Contract.skip("why"))}: this request leaves the contract on purpose
   * (another server, a route the contract does not describe), and {@code why} says how.
   */
  public static Filter skip(String why) {
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException("say why the request is outside the contract");
    }
    return new Skip(why);
  }

  /** Validates the response unless a {@link Skip} ran before it on the same request. */
  private static final class Checked implements OrderedFilter {
    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
        FilterContext ctx) {
      return ctx.hasValue(SKIPPED) ? ctx.next(request, response) : VALIDATION.filter(request, response, ctx);
    }

    @Override
    public int getOrder() {
      return DEFAULT_PRECEDENCE;
    }
  }

  /** Runs first, marking the request for {@link Checked}. */
  private record Skip(String why) implements OrderedFilter {
    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
        FilterContext ctx) {
      ctx.setValue(SKIPPED, why);
      return ctx.next(request, response);
    }

    @Override
    public int getOrder() {
      return HIGHEST_PRECEDENCE;
    }
  }
}
