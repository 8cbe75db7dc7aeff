package vn.learningcommunity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Capabilities depend on each other in one direction only; nothing depends on the demo. */
class ArchitectureTest {

  static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.learningcommunity");

  @Test
  void capabilityPackagesFormNoCycle() {
    slices().matching("vn.learningcommunity.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void nothingDependsOnTheDemo() {
    noClasses().that().resideOutsideOfPackage("vn.learningcommunity.demo..")
        .should().dependOnClassesThat().resideInAPackage("vn.learningcommunity.demo..").check(MAIN);
  }

  @Test
  void theTrustBoundaryDependsOnNoCaseCapability() {
    noClasses().that().resideInAPackage("vn.learningcommunity.access..")
        .should().dependOnClassesThat().resideInAnyPackage("vn.learningcommunity.recognition..",
            "vn.learningcommunity.campaign..", "vn.learningcommunity.assessment..")
        .check(MAIN);
  }
}
