package io.timecoin.auditstore.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FabricFreeTest {

  private final JavaClasses queryClasses =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.timecoin.auditstore.query");

  @Test
  void the_queries_need_no_fabric_classes() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hyperledger..", "io.grpc..", "com.google.protobuf..")
        .because("the auditor's API reads the projection without Fabric on its class path")
        .check(queryClasses);
  }
}
