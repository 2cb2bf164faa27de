package dev.lexicon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.http.annotation.Controller;

/**
 * The hexagon's boundaries, checked on the compiled classes of every module: the core knows no
 * framework, the adapters do not know each other, and controllers reach the core only through use
 * cases.
 */
@AnalyzeClasses(packages = "dev.lexicon", importOptions = ArchitectureTest.ProductionCodeOnly.class)
class ArchitectureTest {

  private static final String DOMAIN = "dev.lexicon.domain..";
  private static final String APPLICATION = "dev.lexicon.application..";
  private static final String WEB_ADAPTER = "dev.lexicon.adapter.web..";
  private static final String PERSISTENCE_ADAPTER = "dev.lexicon.adapter.persistence..";

  /** Unicode's own algorithms (NFKC_Casefold, UTS #39), which the JDK lacks: no framework. */
  private static final String UNICODE_ALGORITHMS = "com.ibm.icu.text..";

  @ArchTest
  static final ArchRule domain_depends_on_nothing_but_the_jdk_and_unicodes_algorithms =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(DOMAIN, "java..", UNICODE_ALGORITHMS)
          .because("the domain is plain Java that speaks only the business");

  @ArchTest
  static final ArchRule application_depends_on_nothing_but_the_domain_and_the_jdk =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(APPLICATION, DOMAIN, "java..")
          .because("use cases and ports must not know any framework");

  @ArchTest
  static final ArchRule application_uses_neither_jdbc_nor_jakarta_nor_micronaut =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta..", "io.micronaut..")
          .because("SQL and framework details belong in the adapters");

  @ArchTest
  static final ArchRule the_web_adapter_does_not_know_the_persistence_adapter =
      noClasses()
          .that()
          .resideInAPackage(WEB_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(PERSISTENCE_ADAPTER);

  @ArchTest
  static final ArchRule the_persistence_adapter_does_not_know_the_web_adapter =
      noClasses()
          .that()
          .resideInAPackage(PERSISTENCE_ADAPTER)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(WEB_ADAPTER);

  @ArchTest
  static final ArchRule controllers_reach_the_core_only_through_use_cases =
      noClasses()
          .that()
          .areAnnotatedWith(Controller.class)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.lexicon.application.port.out..",
              "dev.lexicon.application.service..",
              PERSISTENCE_ADAPTER,
              "io.micronaut.data..",
              "java.sql..",
              "javax.sql..")
          .because("a controller drives a use case; it never reaches a repository");

  /** Production classes from the build directories and module jars, without any test code. */
  static final class ProductionCodeOnly implements ImportOption {

    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }
  }
}
