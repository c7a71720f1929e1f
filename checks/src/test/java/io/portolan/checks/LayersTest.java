package io.portolan.checks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** One core, two front ends: only the Error Prone front end uses Error Prone, and nothing uses javac's internals. */
class LayersTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.portolan.checks");

  @Test
  void onlyTheErrorProneFrontEndUsesErrorProne() {
    noClasses().that().doNotHaveSimpleName("MagicPortNumber")
        .should().dependOnClassesThat().resideInAPackage("com.google.errorprone..")
        .check(classes);
  }

  @Test
  void theCoreAndThePluginUseNoJavacInternals() {
    noClasses().that().doNotHaveSimpleName("MagicPortNumber")
        .should().dependOnClassesThat().resideInAPackage("com.sun.tools..")
        .check(classes);
  }
}
