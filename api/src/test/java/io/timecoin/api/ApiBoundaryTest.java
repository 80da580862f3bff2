package io.timecoin.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ApiBoundaryTest {

  private final JavaClasses apiClasses =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.timecoin.api");

  @Test
  void api_reaches_the_ledger_only_through_ledger_client() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hyperledger..", "io.grpc..")
        .because("the API talks to the ledger through io.timecoin.client only")
        .check(apiClasses);
  }
}
