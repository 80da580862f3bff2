package io.timecoin.chaincode.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import io.timecoin.chaincode.clock.EndorserClock;
import io.timecoin.chaincode.contract.TimeCoinContract;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRulesProvider;
import java.util.Arrays;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Endorsing peers must compute identical results, so the chaincode may not look at anything that
 * differs between them or between runs.
 */
class DeterminismArchitectureTest {

  // The testing package (chaincode-testkit: in-memory stub, certificate minting) is on the test
  // class path only, never on an endorser; it is left out of what the rules judge, and the rule
  // below keeps the contract from using it.
  private static final ImportOption NOT_TESTING_SUPPORT =
      location -> !location.contains("/io/timecoin/chaincode/testing/");

  private static final JavaClasses CHAINCODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(NOT_TESTING_SUPPORT)
          .importPackages("io.timecoin.chaincode");

  /** The chaincode together with the wire model it runs: both execute on every endorser. */
  private static final JavaClasses ENDORSED_CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(NOT_TESTING_SUPPORT)
          .importPackages("io.timecoin.chaincode", "io.timecoin.model");

  private static DescribedPredicate<JavaCall<?>> calls(Class<?> owner, String... names) {
    return DescribedPredicate.describe(
        owner.getSimpleName() + "." + String.join("/", names),
        call ->
            call.getTargetOwner().isEquivalentTo(owner)
                && Arrays.asList(names).contains(call.getName()));
  }

  @Test
  void the_contract_never_uses_the_testing_support() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.timecoin.chaincode.testing..")
        .check(CHAINCODE);
  }

  @Test
  void the_endorser_clock_is_the_one_clock_read() {
    // Guards the exception above: if EndorserClock stopped reading the clock (or moved), the
    // exception would silently cover nothing.
    classes()
        .that()
        .belongToAnyOf(EndorserClock.class)
        .should()
        .callMethodWhere(
            DescribedPredicate.describe(
                "Instant.now()",
                call ->
                    call.getName().equals("now")
                        && call.getTargetOwner().isEquivalentTo(java.time.Instant.class)))
        .check(CHAINCODE);
  }

  @Test
  void chaincode_classes_were_imported() {
    assertThat(CHAINCODE.containPackage("io.timecoin.chaincode.contract")).isTrue();
  }

  @Test
  void does_not_read_clocks() {
    // One exception, by name: EndorserClock is read by TimestampWindow only to refuse a proposal
    // whose client-chosen timestamp is far from this peer's time. That decides whether this peer
    // endorses, never what a write stores or returns, so endorsers that agree to endorse still
    // produce identical results (see the module README, "Time one org cannot forge").
    noClasses()
        .that()
        .doNotBelongToAnyOf(EndorserClock.class)
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Clock.class)
        .orShould()
        .callMethodWhere(
            DescribedPredicate.describe(
                "a java.time now() method",
                call ->
                    call.getName().equals("now")
                        && call.getTargetOwner().getPackageName().equals("java.time")))
        .orShould()
        .callMethodWhere(calls(System.class, "currentTimeMillis", "nanoTime"))
        .check(ENDORSED_CODE);
  }

  @Test
  void does_not_use_time_zone_rules() {
    // Zone rules come from the JVM's tz database, which differs between peers' runtimes; days
    // are computed from the transaction instant and a fixed UTC offset instead.
    noClasses()
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(ZoneId.class, ZonedDateTime.class, TimeZone.class, ZoneRulesProvider.class)
        .orShould()
        .callMethodWhere(calls(ZoneOffset.class, "systemDefault", "of"))
        .check(ENDORSED_CODE);
  }

  @Test
  void the_model_was_imported_too() {
    assertThat(ENDORSED_CODE.containPackage("io.timecoin.model")).isTrue();
  }

  @Test
  void does_not_use_randomness() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .belongToAnyOf(Random.class, SecureRandom.class, ThreadLocalRandom.class)
        .orShould()
        .callMethodWhere(calls(Math.class, "random"))
        .check(ENDORSED_CODE);
  }

  @Test
  void does_not_start_threads() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Thread.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("java.util.concurrent..")
        .check(CHAINCODE);
  }

  @Test
  void does_not_touch_files_or_the_network() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveNameMatching("java\\.io\\.File.*")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
        .check(CHAINCODE);
  }

  @Test
  void does_not_keep_mutable_static_state() {
    fields().that().areStatic().should().beFinal().check(CHAINCODE);
  }

  @Test
  void reads_the_environment_only_when_the_contract_class_loads() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(TimeCoinContract.class)
        .should()
        .callMethodWhere(calls(System.class, "getenv", "getProperty"))
        .check(CHAINCODE);
  }

  @Test
  void does_not_write_to_standard_streams() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CHAINCODE);
  }
}
