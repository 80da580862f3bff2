package io.timecoin.chaincode.access;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.Transactions;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.Map;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Operator roles from certificate attributes, on top of the organisation's rights. */
class OperatorAccessTest {

  private static final AccessPolicy POLICY =
      AccessPolicy.fromEnvironment(
          Map.of(
              AccessPolicy.ENVIRONMENT_VARIABLE,
              "PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR"));

  private static ClientIdentity identity(Identity who) {
    InMemoryStub stub = new InMemoryStub("timecoin", "PlatformMSP");
    stub.begin("tx1", Instant.EPOCH, who.creator());
    try {
      return new ClientIdentity(stub);
    } catch (CertificateException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Submitter authorize(Identity who, String function) {
    LedgerTransaction<?, ?> transaction = Transactions.named(function).orElseThrow();
    return POLICY.authorize(identity(who), transaction);
  }

  private static void assertRefused(Identity who, String function, ErrorCode code) {
    assertThatThrownBy(() -> authorize(who, function))
        .isInstanceOfSatisfying(
            LedgerValidationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @ParameterizedTest(name = "{0} needs {1}")
  @CsvSource({
    "PlatformMSP, RecordEarning, earning-verifier",
    "PlatformMSP, SetEarningPolicy, policy-officer",
    "PlatformMSP, SetPlatformOperatorStatus, identity-admin",
    "InsurerMSP, DecideClaim, claims-officer",
    "InsurerMSP, MarkClaimPaid, claims-officer",
    "InsurerMSP, MarkClaimPaid, claims-payer",
    "InsurerMSP, SetInsurerOperatorStatus, identity-admin"
  })
  void a_role_gated_write_needs_its_role_and_the_org_s_service_identity_is_refused(
      String mspId, String function, String role) {
    Identity operator = TestIdentities.operator(mspId, "op-" + role, role, "henan");
    Identity otherRole =
        TestIdentities.operator(
            mspId, "other-" + role, role.equals("auditor") ? "claims-payer" : "auditor", null);

    assertThat(authorize(operator, function).mspId()).isEqualTo(mspId);
    assertRefused(TestIdentities.client(mspId), function, ErrorCode.ROLE_REQUIRED);
    assertRefused(otherRole, function, ErrorCode.ROLE_REQUIRED);
  }

  @Test
  void a_claims_payer_pays_but_does_not_decide() {
    Identity payer = TestIdentities.operator("InsurerMSP", "payer-1", "claims-payer", null);

    assertThat(authorize(payer, "MarkClaimPaid").mspId()).isEqualTo("InsurerMSP");
    assertRefused(payer, "DecideClaim", ErrorCode.ROLE_REQUIRED);
  }

  @Test
  void a_role_of_the_wrong_organisation_grants_nothing() {
    Identity insurerVerifier =
        TestIdentities.operator("InsurerMSP", "odd-1", "earning-verifier", "henan");

    assertRefused(insurerVerifier, "RecordEarning", ErrorCode.ACCESS_DENIED);
  }

  @Test
  void the_org_s_service_identity_and_any_operator_run_the_writes_without_a_role() {
    Identity verifier =
        TestIdentities.operator("PlatformMSP", "branch-henan-ops", "earning-verifier", "henan");

    assertThat(authorize(TestIdentities.client("PlatformMSP"), "RegisterVolunteer").role())
        .isNotNull();
    assertThat(authorize(verifier, "PayForHelp").operator().branch()).isEqualTo("henan");
    assertThat(authorize(TestIdentities.client("AuditorMSP"), "GetAccount").mspId())
        .isEqualTo("AuditorMSP");
  }

  @Test
  void an_operator_is_recorded_with_its_certificate_id_and_branch() {
    Identity verifier =
        TestIdentities.operator("PlatformMSP", "branch-henan-ops", "earning-verifier", "henan");

    Submitter submitter = authorize(verifier, "RecordEarning");

    assertThat(submitter.recorder().branch()).isEqualTo("henan");
    assertThat(submitter.recorder().certificateId()).matches("[0-9a-f]{64}");
    assertThat(submitter.operator().roles()).containsExactly(OperatorRole.EARNING_VERIFIER);
  }

  @Test
  void several_roles_are_separated_by_commas() {
    Identity both =
        TestIdentities.operator("PlatformMSP", "coord-1", "earning-verifier,policy-officer", "hq");

    assertThat(authorize(both, "RecordEarning").operator().roles())
        .containsExactly(OperatorRole.EARNING_VERIFIER, OperatorRole.POLICY_OFFICER);
    assertThat(authorize(both, "SetEarningPolicy").mspId()).isEqualTo("PlatformMSP");
  }

  @ParameterizedTest(name = "role={0}")
  @ValueSource(
      strings = {
        "verifier",
        "earning-verifier,",
        "earning-verifier, policy-officer",
        "earning-verifier,earning-verifier",
        "EARNING-VERIFIER",
        ""
      })
  void an_unreadable_role_fails_closed_whatever_the_transaction(String role) {
    Identity odd = TestIdentities.operator("PlatformMSP", "odd-" + role.hashCode(), role, "henan");

    assertRefused(odd, "RecordEarning", ErrorCode.ATTRIBUTE_MALFORMED);
    assertRefused(odd, "RegisterVolunteer", ErrorCode.ATTRIBUTE_MALFORMED);
    assertRefused(odd, "GetAccount", ErrorCode.ATTRIBUTE_MALFORMED);
  }

  @Test
  void an_earning_verifier_without_a_branch_or_with_a_bad_one_fails_closed() {
    Identity noBranch =
        TestIdentities.operator("PlatformMSP", "nobranch-1", "earning-verifier", null);
    Identity badBranch =
        TestIdentities.operator("PlatformMSP", "badbranch-1", "earning-verifier", "he nan");

    assertRefused(noBranch, "RecordEarning", ErrorCode.ATTRIBUTE_MALFORMED);
    assertRefused(badBranch, "RecordEarning", ErrorCode.ATTRIBUTE_MALFORMED);
  }

  @ParameterizedTest(name = "extension {0}")
  @ValueSource(
      strings = {
        "not json",
        "{\"attrs\":[]}",
        "{\"other\":{}}",
        "{\"attrs\":{\"role\":7}}",
        "{\"attrs\":{\"role\":[\"earning-verifier\"]}}",
        "{\"attrs\":{\"branch\":{\"a\":1},\"role\":\"policy-officer\"}}"
      })
  void an_unreadable_attribute_extension_fails_closed(String extension) {
    Identity odd =
        TestIdentities.withAttributeExtension(
            "PlatformMSP", "ext-" + extension.hashCode(), extension.getBytes(US_ASCII));

    assertThatThrownBy(() -> OperatorAttributes.of(odd.certificate()))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ATTRIBUTE_MALFORMED));
  }

  @Test
  void a_certificate_without_the_extension_or_the_role_has_no_operator_role() {
    Identity noRole = TestIdentities.operator("PlatformMSP", "norole-1", null, null);

    assertThat(OperatorAttributes.of(TestIdentities.client("PlatformMSP").certificate()))
        .isEqualTo(OperatorAttributes.NONE);
    assertThat(OperatorAttributes.of(noRole.certificate()).roles()).isEmpty();
    assertRefused(noRole, "SetEarningPolicy", ErrorCode.ROLE_REQUIRED);
  }
}
