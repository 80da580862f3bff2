package io.timecoin.chaincode.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OrgRole;
import io.timecoin.model.Transactions;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

  private static final AccessPolicy POLICY =
      policy("PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR");

  private static AccessPolicy policy(String spec) {
    return AccessPolicy.fromEnvironment(Map.of(AccessPolicy.ENVIRONMENT_VARIABLE, spec));
  }

  private static ClientIdentity identity(Identity who) {
    InMemoryStub stub = new InMemoryStub("timecoin", "PlatformMSP");
    stub.begin("tx1", Instant.EPOCH, who.creator());
    try {
      return new ClientIdentity(stub);
    } catch (CertificateException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "PlatformMSP, RegisterVolunteer, true",
    "PlatformMSP, RecordEarning, true",
    "PlatformMSP, GetAccount, true",
    "InsurerMSP, RegisterVolunteer, false",
    "InsurerMSP, RecordEarning, false",
    "InsurerMSP, GetAccount, true",
    "AuditorMSP, RegisterVolunteer, false",
    "AuditorMSP, RecordEarning, false",
    "AuditorMSP, GetAccount, true",
    "StrangerMSP, GetAccount, false"
  })
  void grants_operations_by_organisation_role(String mspId, String function, boolean allowed) {
    // An operator holding every role, so that only the organisation's role decides here
    // (operator roles: OperatorAccessTest).
    ClientIdentity caller =
        identity(
            TestIdentities.operator(
                mspId,
                "all-roles",
                "earning-verifier,policy-officer,claims-officer,identity-admin",
                "branch-7"));
    LedgerTransaction<?, ?> operation = Transactions.named(function).orElseThrow();

    if (allowed) {
      assertThat(POLICY.authorize(caller, operation).mspId()).isEqualTo(mspId);
    } else {
      assertDenied(() -> POLICY.authorize(caller, operation));
    }
  }

  @Test
  void returns_the_role_and_certificate_hash_of_an_allowed_caller() {
    Submitter caller =
        POLICY.authorize(identity(TestIdentities.client("InsurerMSP")), Transactions.GET_ACCOUNT);

    assertThat(caller.role()).isEqualTo(OrgRole.INSURER);
    assertThat(caller.certificateId()).matches("[0-9a-f]{64}");
    assertThat(caller.recorder().mspId()).isEqualTo("InsurerMSP");
  }

  @Test
  void refuses_admin_and_peer_identities_of_a_known_organisation() {
    assertDenied(
        () ->
            POLICY.authorize(
                identity(TestIdentities.admin("PlatformMSP")), Transactions.GET_ACCOUNT));
    assertDenied(
        () ->
            POLICY.authorize(
                identity(TestIdentities.peer("PlatformMSP")), Transactions.GET_ACCOUNT));
  }

  @Test
  void refuses_a_subject_that_claims_both_client_and_admin() {
    Identity both = TestIdentities.withSubject("PlatformMSP", "O=platform,OU=client,OU=admin,CN=x");

    assertDenied(() -> POLICY.authorize(identity(both), Transactions.GET_ACCOUNT));
  }

  @Test
  void accepts_extra_organisational_units_next_to_client() {
    Identity fabricCa =
        TestIdentities.withSubject("PlatformMSP", "O=platform,OU=client,OU=dept1,CN=user7");

    assertThat(POLICY.authorize(identity(fabricCa), Transactions.REGISTER_VOLUNTEER).role())
        .isEqualTo(OrgRole.PLATFORM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PlatformMSP",
        "PlatformMSP=",
        "=PLATFORM",
        "PlatformMSP=platform",
        "PlatformMSP=ADMIN",
        "PlatformMSP=PLATFORM,",
        ",PlatformMSP=PLATFORM",
        " PlatformMSP=PLATFORM",
        "PlatformMSP=PLATFORM ",
        "PlatformMSP = PLATFORM",
        "PlatformMSP=PLATFORM;AuditorMSP=AUDITOR",
        "PlatformMSP=PLATFORM,PlatformMSP=AUDITOR",
        "PlatformMSP=PLATFORM=AUDITOR"
      })
  void refuses_everything_when_the_role_map_is_invalid(String spec) {
    AccessPolicy invalid = policy(spec);

    assertThatThrownBy(
            () ->
                invalid.authorize(
                    identity(TestIdentities.client("PlatformMSP")), Transactions.GET_ACCOUNT))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED))
        .hasMessageContaining("TIMECOIN_ORG_ROLES is invalid at entry");
  }

  @Test
  void refuses_everything_when_the_role_map_is_missing_or_empty() {
    for (AccessPolicy missing :
        new AccessPolicy[] {AccessPolicy.fromEnvironment(Map.of()), policy("")}) {
      assertThatThrownBy(
              () ->
                  missing.authorize(
                      identity(TestIdentities.client("PlatformMSP")), Transactions.GET_ACCOUNT))
          .hasMessageStartingWith("[ACCESS_DENIED] TIMECOIN_ORG_ROLES is not set");
    }
  }

  @Test
  void accepts_msp_ids_with_dots_and_dashes() {
    AccessPolicy dotted = policy("platform.example-com=PLATFORM");

    assertThat(
            dotted
                .authorize(
                    identity(TestIdentities.client("platform.example-com")),
                    Transactions.REGISTER_VOLUNTEER)
                .role())
        .isEqualTo(OrgRole.PLATFORM);
  }

  private static void assertDenied(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
  }
}
