package id.aduan.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts {@link Contract} on every RestAssured request of every test, so that no test has to
 * remember it. JUnit finds this extension through META-INF/services; quarkus-junit's own
 * junit-platform.properties turns that auto-detection on (one of ours would replace it, and
 * Quarkus refuses to run without its class orderer). Each {@code @QuarkusTest} application has
 * a class loader, and a RestAssured, of its own, apart from the one this extension sees: the
 * filter goes into the RestAssured of the test class's loader, before each class and each test.
 * Quarkus resets RestAssured's port, base URI, config and request specification around each
 * class, not its filters, but a later Quarkus might.
 */
public class ContractExtension implements BeforeAllCallback, BeforeEachCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    install(context.getRequiredTestClass());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    install(context.getRequiredTestInstance().getClass());
  }

  private static void install(Class<?> test) {
    try {
      Class.forName(Contract.class.getName(), true, test.getClassLoader()).getMethod("install").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not put the contract filter on RestAssured for " + test, e);
    }
  }
}
