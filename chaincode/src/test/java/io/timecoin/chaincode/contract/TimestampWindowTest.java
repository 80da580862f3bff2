package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.generousPolicy;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The submitter chooses the transaction timestamp; every endorser refuses a write whose timestamp
 * lies more than the window (here the default, five minutes) from its own clock.
 */
class TimestampWindowTest {

  private static final Identity INSURER = ContractHarness.INSURER;

  private ContractHarness ledger;

  @BeforeEach
  void setUp() {
    ledger = ContractHarness.standard();
    ledger.setEarningPolicy(PLATFORM, generousPolicy("policy-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
  }

  @Test
  void refuses_a_write_dated_twenty_days_back_and_writes_nothing() {
    ledger.forgeNextTimestamp(Duration.ofDays(-20));
    refused(
        ledger,
        () -> ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "1.00")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void refuses_a_back_dated_voucher_purchase_and_product_definition() {
    ledger.forgeNextTimestamp(Duration.ofDays(-20));
    refused(
        ledger,
        () ->
            ledger.defineVoucherProduct(
                INSURER, VoucherFixtures.product("prod-1", "BASIC", "1.00", 90, "1000.00")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
    ledger.defineVoucherProduct(
        INSURER, VoucherFixtures.product("prod-1", "BASIC", "1.00", 90, "1000.00"));
    ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "2.00"));
    ledger.forgeNextTimestamp(Duration.ofDays(-20));
    refused(
        ledger,
        () -> ledger.purchaseVoucher(PLATFORM, VoucherFixtures.purchase("buy-1", "vol-1", "BASIC")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
  }

  @Test
  void refuses_a_timestamp_just_beyond_the_window_either_way_and_accepts_one_just_inside() {
    ledger.forgeNextTimestamp(Duration.ofMinutes(5).plusSeconds(1));
    refused(
        ledger,
        () -> ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "1.00")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
    ledger.forgeNextTimestamp(Duration.ofMinutes(-5).minusSeconds(1));
    refused(
        ledger,
        () -> ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "1.00")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);

    ledger.forgeNextTimestamp(Duration.ofMinutes(-5));
    ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "1.00"));
    ledger.forgeNextTimestamp(Duration.ofMinutes(4));
    ledger.recordEarning(PLATFORM, earning("earn-2", "vol-1", "act-2", "1.00"));

    AccountView account = LedgerJson.read(ledger.getAccount(PLATFORM, "vol-1"), AccountView.class);
    assertThat(account.balance().toString()).isEqualTo("2.00");
  }

  @Test
  void reads_are_answered_whatever_their_timestamp() {
    // A read changes nothing, so it needs no window; a lagging client can still look.
    ledger.forgeNextTimestamp(Duration.ofDays(-20));
    assertThat(ledger.getAccount(PLATFORM, "vol-1")).contains("\"vol-1\"");
  }

  @Test
  void a_replay_with_a_forged_timestamp_is_refused_too() {
    ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "1.00"));
    ledger.forgeNextTimestamp(Duration.ofDays(-20));
    refused(
        ledger,
        () -> ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "1.00")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
  }
}
