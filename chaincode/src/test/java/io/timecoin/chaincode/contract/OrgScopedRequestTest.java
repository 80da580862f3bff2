package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.generousPolicy;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RequestView;
import io.timecoin.model.TransactionNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A requestId belongs to the organisation that wrote it; no other can take, replay or block it. */
class OrgScopedRequestTest {

  private static final Identity INSURER = ContractHarness.INSURER;
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");

  private final ContractHarness ledger = ContractHarness.standard();

  @BeforeEach
  void policy() {
    ledger.setEarningPolicy(PLATFORM, generousPolicy("policy-1"));
  }

  @Test
  void the_insurer_taking_a_request_id_first_does_not_block_the_platform() {
    // The insurer front-runs the id the platform is about to use.
    ledger.defineVoucherProduct(
        INSURER, VoucherFixtures.product("reg-vol-1", "ACC90", "1.00", 90, "1000.00"));

    String account = ledger.registerVolunteer(PLATFORM, registration("reg-vol-1", "vol-1"));

    assertThat(account).contains("\"vol-1\"");
    RequestView platforms =
        LedgerJson.read(ledger.getRequest(PLATFORM, "reg-vol-1"), RequestView.class);
    RequestView insurers =
        LedgerJson.read(ledger.getRequest(INSURER, "reg-vol-1"), RequestView.class);
    assertThat(platforms.function()).isEqualTo(TransactionNames.REGISTER_VOLUNTEER);
    assertThat(insurers.function()).isEqualTo(TransactionNames.DEFINE_VOUCHER_PRODUCT);
  }

  @Test
  void each_organisation_reads_its_own_requests_and_only_the_auditor_reads_any() {
    ledger.registerVolunteer(PLATFORM, registration("reg-vol-1", "vol-1"));

    refused(ledger, () -> ledger.getRequest(INSURER, "reg-vol-1"), ErrorCode.REQUEST_NOT_FOUND);
    refused(
        ledger, () -> ledger.getRequest(INSURER, "PlatformMSP/reg-vol-1"), ErrorCode.ACCESS_DENIED);
    refused(
        ledger,
        () -> ledger.getRequest(PLATFORM, "PlatformMSP/reg-vol-1"),
        ErrorCode.ACCESS_DENIED);
    RequestView seen =
        LedgerJson.read(ledger.getRequest(AUDITOR, "PlatformMSP/reg-vol-1"), RequestView.class);
    assertThat(seen.function()).isEqualTo(TransactionNames.REGISTER_VOLUNTEER);
    refused(
        ledger,
        () -> ledger.getRequest(AUDITOR, "Platform MSP/reg-vol-1"),
        ErrorCode.INVALID_ARGUMENT);
    refused(
        ledger,
        () -> ledger.getRequest(AUDITOR, "PlatformMSP/bad id"),
        ErrorCode.INVALID_REQUEST_ID);
  }
}
