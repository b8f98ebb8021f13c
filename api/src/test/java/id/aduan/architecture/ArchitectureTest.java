package id.aduan.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of docs/architecture.md's package map point one way: no feature package depends,
 * even through others, on one that depends on it; nor does a sub-package of {@code report} (intake,
 * access, view, lifecycle, inbox, privacy, search, transparency), and {@code report}'s core knows
 * none of them; {@code common} depends on no feature; and {@code report} knows the packages that
 * react to its events only as listeners (ADR 0031).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("id.aduan");
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("id.aduan.(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
  }

  @Test
  void reportSubPackagesHaveNoCycles() {
    slices().matching("id.aduan.report.(*)..").namingSlices("report.$1").should().beFreeOfCycles()
        .allowEmptyShould(true).check(classes);
  }

  /** The report's model, history and queries are the base its sub-packages build on, never the reverse. */
  @Test
  void reportCoreKnowsNoSubPackage() {
    noClasses().that().resideInAPackage("id.aduan.report")
        .should().dependOnClassesThat().resideInAPackage("id.aduan.report.*..")
        .check(classes);
  }

  @Test
  void commonIsALeaf() {
    noClasses().that().resideInAPackage("id.aduan.common..")
        .should().dependOnClassesThat(resideInAPackage("id.aduan..").and(not(resideInAPackage("id.aduan.common.."))))
        .check(classes);
  }

  @Test
  void reportKnowsNoneOfItsListeners() {
    noClasses().that().resideInAPackage("id.aduan.report..")
        .should().dependOnClassesThat().resideInAnyPackage("id.aduan.notification..", "id.aduan.webhook..",
            "id.aduan.channel..", "id.aduan.open311..", "id.aduan.stats..", "id.aduan.demo..")
        .check(classes);
  }
}
