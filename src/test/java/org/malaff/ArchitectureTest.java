package org.malaff;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps dependencies pointing the way docs/architecture in shared/design/ARCHITECTURE.md says. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.malaff");
  }

  @Test
  void layers_depend_only_downwards() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("model").definedBy("org.malaff.model..")
        .layer("text").definedBy("org.malaff.text..")
        .layer("ingest").definedBy("org.malaff.ingest..")
        .layer("read").definedBy("org.malaff.read..")
        .layer("format").definedBy("org.malaff.format..")
        .layer("dedup").definedBy("org.malaff.dedup..")
        .layer("extract").definedBy("org.malaff.extract..")
        .layer("archive").definedBy("org.malaff.archive..")
        .layer("compile").definedBy("org.malaff.compile..")
        .layer("publish").definedBy("org.malaff.publish..")
        .layer("web").definedBy("org.malaff.web..")
        .layer("cli").definedBy("org.malaff.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("publish").mayOnlyBeAccessedByLayers("web", "cli")
        .whereLayer("archive").mayOnlyBeAccessedByLayers("compile", "publish", "web", "cli")
        .whereLayer("compile").mayOnlyBeAccessedByLayers("publish", "web", "cli")
        .whereLayer("format").mayOnlyBeAccessedByLayers("publish", "web", "cli")
        .whereLayer("dedup").mayOnlyBeAccessedByLayers("archive", "publish", "web", "cli")
        .whereLayer("extract").mayOnlyBeAccessedByLayers("archive", "publish", "web", "cli")
        .whereLayer("read").mayOnlyBeAccessedByLayers("format", "extract", "archive", "publish", "web", "cli")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("read", "format", "web", "cli")
        .whereLayer("text").mayOnlyBeAccessedByLayers("ingest", "read", "format", "dedup", "extract", "archive", "publish", "web", "cli")
        .check(classes);
  }

  @Test
  void model_depends_on_nothing_of_ours() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("org.malaff.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.malaff.text..", "org.malaff.read..",
            "org.malaff.format..", "org.malaff.ingest..", "org.malaff.dedup..", "org.malaff.extract..", "org.malaff.archive..", "org.malaff.publish..", "org.malaff.web..", "org.malaff.cli..")
        .check(classes);
  }

  @Test
  void packages_have_no_cycles() {
    slices().matching("org.malaff.(*)..").should().beFreeOfCycles().check(classes);
  }
}
