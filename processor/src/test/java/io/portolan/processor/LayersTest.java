package io.portolan.processor;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages form layers that only point down: the processor itself (the root
 * package) on top; below it generate, precompiled (the bundled catalogs' stored models), and validate
 * over request and parse; model and problem at the bottom. Parse, validate and generate never reach up into the root package, and no packages form a
 * cycle.
 */
class LayersTest {
  private static final JavaClasses PROCESSOR = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.portolan.processor");

  @Test
  void layersOnlyPointDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Processor").definedBy("io.portolan.processor")
        .layer("Generate").definedBy("io.portolan.processor.generate..")
        .layer("Precompiled").definedBy("io.portolan.processor.precompiled..")
        .layer("Validate").definedBy("io.portolan.processor.validate..")
        .layer("Request").definedBy("io.portolan.processor.request..")
        .layer("Parse").definedBy("io.portolan.processor.parse..")
        .layer("Model").definedBy("io.portolan.processor.model..")
        .layer("Problem").definedBy("io.portolan.processor.problem..")
        .whereLayer("Processor").mayNotBeAccessedByAnyLayer()
        .whereLayer("Generate").mayOnlyBeAccessedByLayers("Processor")
        .whereLayer("Precompiled").mayOnlyBeAccessedByLayers("Processor")
        .whereLayer("Validate").mayOnlyBeAccessedByLayers("Processor")
        .whereLayer("Request").mayOnlyBeAccessedByLayers("Processor", "Validate")
        .whereLayer("Parse").mayOnlyBeAccessedByLayers("Processor", "Validate", "Request")
        .whereLayer("Model").mayOnlyBeAccessedByLayers("Processor", "Validate", "Generate", "Precompiled")
        .whereLayer("Problem").mayOnlyBeAccessedByLayers("Processor", "Validate", "Request", "Parse", "Precompiled")
        .check(PROCESSOR);
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("io.portolan.processor.(**)").should().beFreeOfCycles().check(PROCESSOR);
  }
}
