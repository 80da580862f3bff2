package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.EVIDENCE;
import static io.timecoin.chaincode.contract.ContractHarness.INSURER;
import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM_SERVICE;
import static io.timecoin.chaincode.contract.ContractHarness.generousPolicy;
import static io.timecoin.chaincode.contract.ContractHarness.payment;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.support.Sha256;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.BranchLimits;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.OperatorStatus;
import io.timecoin.model.OperatorStatusQuery;
import io.timecoin.model.OperatorStatusView;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.SetOperatorStatusRequest;
import java.security.cert.CertificateEncodingException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Operators on the contract: who mints in which branch's name, and the operator registry. */
class OperatorRulesTest {

  private static final Identity HENAN =
      TestIdentities.operator("PlatformMSP", "branch-henan-ops", "earning-verifier", "henan");
  private static final Identity HENAN_COLLEAGUE =
      TestIdentities.operator("PlatformMSP", "branch-henan-ops2", "earning-verifier", "henan");
  private static final Identity HUBEI =
      TestIdentities.operator("PlatformMSP", "branch-hubei-ops", "earning-verifier", "hubei");
  private static final Identity CLAIMS =
      TestIdentities.operator("InsurerMSP", "claims-wang", "claims-officer", null);

  private final ContractHarness ledger = ContractHarness.standard();

  @BeforeEach
  void setUp() {
    ledger.setEarningPolicy(PLATFORM, generousPolicy("policy-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-2", "vol-2"));
  }

  private static String earning(
      String requestId, String activityId, String coins, String verifier) {
    return LedgerJson.write(
        new RecordEarningRequest(
            requestId, "vol-1", activityId, 60, CoinAmount.parse(coins), verifier, EVIDENCE, "x"));
  }

  private void refused(ThrowingCallable call, ErrorCode code) {
    Refusals.refused(ledger, call, code);
  }

  static String certificateId(Identity identity) {
    try {
      return Sha256.hex(identity.certificate().getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String statusChange(
      String requestId, String mspId, Identity who, OperatorStatus status) {
    return LedgerJson.write(
        new SetOperatorStatusRequest(requestId, mspId, certificateId(who), status, "laptop lost"));
  }

  @Nested
  class Earnings {

    @Test
    void a_branch_verifier_mints_in_its_own_branch_s_name_from_its_certificate() {
      EntryView entry =
          LedgerJson.read(
              ledger.recordEarning(HENAN, earning("e-1", "a-1", "1", null)), EntryView.class);
      EntryView named =
          LedgerJson.read(
              ledger.recordEarning(HENAN, earning("e-2", "a-2", "1", "henan")), EntryView.class);

      assertThat(entry.verifier()).isEqualTo("henan");
      assertThat(entry.recordedBy().branch()).isEqualTo("henan");
      assertThat(entry.recordedBy().certificateId()).isEqualTo(certificateId(HENAN));
      assertThat(named.verifier()).isEqualTo("henan");
    }

    @Test
    void a_verifier_cannot_mint_in_another_branch_s_name() {
      refused(
          () -> ledger.recordEarning(HENAN, earning("e-1", "a-1", "1", "hubei")),
          ErrorCode.VERIFIER_MISMATCH);
    }

    @Test
    void the_org_s_service_identity_neither_mints_nor_sets_the_policy_but_registers() {
      refused(
          () -> ledger.recordEarning(PLATFORM_SERVICE, earning("e-1", "a-1", "1", null)),
          ErrorCode.ROLE_REQUIRED);
      refused(
          () -> ledger.setEarningPolicy(PLATFORM_SERVICE, generousPolicy("policy-2")),
          ErrorCode.ROLE_REQUIRED);
      ledger.registerVolunteer(PLATFORM_SERVICE, registration("reg-3", "vol-3"));
    }

    @Test
    void a_policy_officer_without_the_verifier_role_cannot_mint() {
      Identity officer =
          TestIdentities.operator("PlatformMSP", "policy-li", "policy-officer", null);

      ledger.setEarningPolicy(officer, generousPolicy("policy-2"));
      refused(
          () -> ledger.recordEarning(officer, earning("e-1", "a-1", "1", null)),
          ErrorCode.ROLE_REQUIRED);
    }

    @Test
    void a_branch_s_own_limits_replace_the_general_ones_for_its_verifiers_only() {
      ledger.setEarningPolicy(
          PLATFORM,
          LedgerJson.write(
              new SetEarningPolicyRequest(
                  "policy-2",
                  CoinAmount.parse("10"),
                  CoinAmount.parse("20"),
                  "+00:00",
                  Map.of(
                      "henan", new BranchLimits(CoinAmount.parse("2"), CoinAmount.parse("3"))))));

      refused(
          () -> ledger.recordEarning(HENAN, earning("e-1", "a-1", "2.50", null)),
          ErrorCode.ACTIVITY_LIMIT_EXCEEDED);
      ledger.recordEarning(HENAN, earning("e-2", "a-2", "2", null));
      refused(
          () -> ledger.recordEarning(HENAN, earning("e-3", "a-3", "1.50", null)),
          ErrorCode.DAILY_CAP_EXCEEDED);
      ledger.recordEarning(HUBEI, earning("e-4", "a-4", "9", null));
    }
  }

  @Nested
  class Registry {

    @Test
    void a_suspended_identity_s_next_write_is_refused_and_its_colleague_s_is_not() {
      ledger.recordEarning(HENAN, earning("e-1", "a-1", "1", null));

      OperatorStatusView suspended =
          LedgerJson.read(
              ledger.setPlatformOperatorStatus(
                  PLATFORM, statusChange("s-1", "PlatformMSP", HENAN, OperatorStatus.SUSPENDED)),
              OperatorStatusView.class);

      assertThat(suspended.status()).isEqualTo(OperatorStatus.SUSPENDED);
      assertThat(suspended.changedBy().certificateId()).isEqualTo(certificateId(PLATFORM));
      assertThat(ledger.stub.eventName()).contains(EventNames.PLATFORM_OPERATOR_STATUS_SET);
      refused(
          () -> ledger.recordEarning(HENAN, earning("e-2", "a-2", "1", null)),
          ErrorCode.IDENTITY_SUSPENDED);
      refused(
          () -> ledger.payForHelp(HENAN, payment("p-1", "vol-1", "vol-2", "1")),
          ErrorCode.IDENTITY_SUSPENDED);
      ledger.recordEarning(HENAN_COLLEAGUE, earning("e-3", "a-3", "1", null));
    }

    @Test
    void a_reinstated_identity_writes_again_and_a_revoked_one_never() {
      ledger.setPlatformOperatorStatus(
          PLATFORM, statusChange("s-1", "PlatformMSP", HENAN, OperatorStatus.SUSPENDED));
      ledger.setPlatformOperatorStatus(
          PLATFORM, statusChange("s-2", "PlatformMSP", HENAN, OperatorStatus.ACTIVE));
      ledger.recordEarning(HENAN, earning("e-1", "a-1", "1", null));

      ledger.setPlatformOperatorStatus(
          PLATFORM, statusChange("s-3", "PlatformMSP", HENAN, OperatorStatus.REVOKED));
      refused(
          () ->
              ledger.setPlatformOperatorStatus(
                  PLATFORM, statusChange("s-4", "PlatformMSP", HENAN, OperatorStatus.ACTIVE)),
          ErrorCode.INVALID_STATUS_CHANGE);
      refused(
          () -> ledger.recordEarning(HENAN, earning("e-2", "a-2", "1", null)),
          ErrorCode.IDENTITY_SUSPENDED);
    }

    @Test
    void an_org_changes_only_its_own_operators() {
      refused(
          () ->
              ledger.setPlatformOperatorStatus(
                  PLATFORM, statusChange("s-1", "InsurerMSP", CLAIMS, OperatorStatus.SUSPENDED)),
          ErrorCode.OPERATOR_OF_ANOTHER_ORG);
      refused(
          () ->
              ledger.setInsurerOperatorStatus(
                  PLATFORM, statusChange("s-2", "PlatformMSP", HENAN, OperatorStatus.SUSPENDED)),
          ErrorCode.ACCESS_DENIED);
      // Even keyed by its own MSP id, a platform row never touches the insurer's identity.
      ledger.setPlatformOperatorStatus(
          PLATFORM, statusChange("s-3", "PlatformMSP", CLAIMS, OperatorStatus.SUSPENDED));
      OperatorStatusView claims =
          LedgerJson.read(
              ledger.getOperatorStatus(
                  INSURER,
                  LedgerJson.write(new OperatorStatusQuery("InsurerMSP", certificateId(CLAIMS)))),
              OperatorStatusView.class);
      assertThat(claims.status()).isEqualTo(OperatorStatus.ACTIVE);
    }

    @Test
    void the_insurer_suspends_its_own_claims_officer() {
      ledger.setInsurerOperatorStatus(
          INSURER, statusChange("s-1", "InsurerMSP", CLAIMS, OperatorStatus.SUSPENDED));

      OperatorStatusView status =
          LedgerJson.read(
              ledger.getOperatorStatus(
                  PLATFORM,
                  LedgerJson.write(new OperatorStatusQuery("InsurerMSP", certificateId(CLAIMS)))),
              OperatorStatusView.class);
      assertThat(status.status()).isEqualTo(OperatorStatus.SUSPENDED);
      assertThat(status.reason()).isEqualTo("laptop lost");
    }

    @Test
    void only_an_identity_admin_changes_the_registry_and_a_change_is_not_repeated() {
      refused(
          () ->
              ledger.setPlatformOperatorStatus(
                  HENAN, statusChange("s-1", "PlatformMSP", HUBEI, OperatorStatus.SUSPENDED)),
          ErrorCode.ROLE_REQUIRED);
      refused(
          () ->
              ledger.setPlatformOperatorStatus(
                  PLATFORM_SERVICE,
                  statusChange("s-2", "PlatformMSP", HUBEI, OperatorStatus.SUSPENDED)),
          ErrorCode.ROLE_REQUIRED);
      refused(
          () ->
              ledger.setPlatformOperatorStatus(
                  PLATFORM, statusChange("s-3", "PlatformMSP", HUBEI, OperatorStatus.ACTIVE)),
          ErrorCode.INVALID_STATUS_CHANGE);
    }
  }

  @Test
  void a_certificate_whose_attributes_the_shim_cannot_read_is_refused_with_the_attribute_code() {
    Identity broken =
        TestIdentities.withAttributeExtension(
            "PlatformMSP", "broken-ops", "{\"attrs\":".getBytes(US_ASCII));

    Refusals.refused(
        ledger,
        () -> ledger.registerVolunteer(broken, registration("reg-9", "vol-9")),
        ErrorCode.ATTRIBUTE_MALFORMED);
  }
}
