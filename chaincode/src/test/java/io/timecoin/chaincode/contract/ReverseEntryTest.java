package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.gift;
import static io.timecoin.chaincode.contract.ContractHarness.payment;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.ContractHarness.reversal;
import static io.timecoin.chaincode.contract.ContractHarness.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryReversedEvent;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MovementView;
import io.timecoin.model.SignedCoinAmount;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReverseEntryTest {

  private final ContractHarness ledger = ContractHarness.standard();
  private String earnTx;

  @BeforeEach
  void an_earning_to_reverse() {
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-a", "vol-a"));
    ledger.registerVolunteer(PLATFORM, registration("reg-b", "vol-b"));
    earnTx = ledger.nextTxId();
    ledger.recordEarning(PLATFORM, earning("earn-a", "vol-a", "act-1", "10"));
  }

  private void refused(ThrowingCallable call, ErrorCode code) {
    Refusals.refused(ledger, call, code);
  }

  private AccountView account(String volunteerId) {
    return LedgerJson.read(ledger.getAccount(PLATFORM, volunteerId), AccountView.class);
  }

  private MovementView reverse(String requestId, String entryId) {
    return LedgerJson.read(
        ledger.reverseEntry(PLATFORM, reversal(requestId, entryId)), MovementView.class);
  }

  @Test
  void reversing_an_earning_takes_the_coins_back_and_keeps_the_original() {
    String txId = ledger.nextTxId();

    MovementView movement = reverse("rev-1", earnTx + ":0");

    assertThat(movement.txId()).isEqualTo(txId);
    EntryView entry = movement.entries().get(0);
    assertThat(movement.entries()).hasSize(1);
    assertThat(entry.type()).isEqualTo(EntryType.REVERSAL);
    assertThat(entry.amount()).isEqualTo(SignedCoinAmount.parse("-10"));
    assertThat(entry.balanceAfter()).isEqualTo(CoinAmount.ZERO);
    assertThat(entry.reversedEntryId()).isEqualTo(earnTx + ":0");
    assertThat(entry.reason()).isEqualTo("recorded in error");
    assertThat(entry.sequence()).isEqualTo(2);
    assertThat(LedgerJson.read(ledger.getEntry(PLATFORM, earnTx + ":0"), EntryView.class).type())
        .isEqualTo(EntryType.EARN);
    // Totals are gross: the earning still counts as earned, the reversal only moves the balance.
    assertThat(account("vol-a").balance()).isEqualTo(CoinAmount.ZERO);
    assertThat(account("vol-a").totalEarned()).isEqualTo(CoinAmount.parse("10"));
  }

  @Test
  void reversing_either_leg_of_a_payment_reverses_both_and_announces_them() {
    String payTx = ledger.nextTxId();
    ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4"));
    String txId = ledger.nextTxId();

    MovementView movement = reverse("rev-1", payTx + ":1");

    assertThat(movement.entries())
        .extracting(EntryView::volunteerId, EntryView::amount, EntryView::reversedEntryId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("vol-a", SignedCoinAmount.parse("4"), payTx + ":0"),
            org.assertj.core.groups.Tuple.tuple(
                "vol-b", SignedCoinAmount.parse("-4"), payTx + ":1"));
    assertThat(movement.entries()).extracting(EntryView::leg).containsExactly(0, 1);
    assertThat(ledger.stub.eventName()).contains(EventNames.ENTRY_REVERSED);
    assertThat(ledger.stub.eventPayload())
        .contains(
            LedgerJson.write(
                new EntryReversedEvent(
                    txId,
                    payTx,
                    List.of(
                        new EntryReversedEvent.Leg(
                            "vol-a",
                            txId + ":0",
                            SignedCoinAmount.parse("4"),
                            CoinAmount.parse("10")),
                        new EntryReversedEvent.Leg(
                            "vol-b",
                            txId + ":1",
                            SignedCoinAmount.parse("-4"),
                            CoinAmount.ZERO)))));
    assertThat(account("vol-a").balance()).isEqualTo(CoinAmount.parse("10"));
    assertThat(account("vol-b").balance()).isEqualTo(CoinAmount.ZERO);
    assertThat(account("vol-a").totalSpent()).isEqualTo(CoinAmount.parse("4"));
  }

  @Test
  void a_movement_is_reversed_at_most_once_whichever_leg_is_named() {
    String payTx = ledger.nextTxId();
    ledger.transfer(PLATFORM, gift("gift-1", "vol-a", "vol-b", "4"));
    reverse("rev-1", payTx + ":0");

    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-2", payTx + ":1")),
        ErrorCode.ENTRY_ALREADY_REVERSED);
    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-3", payTx + ":0")),
        ErrorCode.ENTRY_ALREADY_REVERSED);
  }

  @Test
  void a_reversal_cannot_be_reversed() {
    String reversalTx = ledger.nextTxId();
    reverse("rev-1", earnTx + ":0");

    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-2", reversalTx + ":0")),
        ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void an_unknown_entry_is_reported() {
    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-1", earnTx + ":1")),
        ErrorCode.ENTRY_NOT_FOUND);
    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-1", "nothing")),
        ErrorCode.ENTRY_NOT_FOUND);
  }

  @Test
  void nothing_is_reversed_if_any_balance_would_go_negative() {
    String payTx = ledger.nextTxId();
    ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "10"));
    ledger.registerVolunteer(PLATFORM, registration("reg-c", "vol-c"));
    ledger.transfer(PLATFORM, gift("gift-1", "vol-b", "vol-c", "10"));

    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-1", payTx + ":0")),
        ErrorCode.INSUFFICIENT_BALANCE);
    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-1", earnTx + ":0")),
        ErrorCode.INSUFFICIENT_BALANCE);
  }

  @Test
  void a_frozen_account_can_be_corrected_but_a_closed_one_cannot() {
    ledger.setAccountStatus(PLATFORM, status("st-1", "vol-a", AccountStatus.FROZEN));
    reverse("rev-1", earnTx + ":0");
    assertThat(account("vol-a").balance()).isEqualTo(CoinAmount.ZERO);

    ledger.registerVolunteer(PLATFORM, registration("reg-c", "vol-c"));
    String otherTx = ledger.nextTxId();
    ledger.recordEarning(PLATFORM, earning("earn-c", "vol-c", "act-1", "3"));
    // Only an empty account can be closed: the coins go elsewhere first.
    ledger.registerVolunteer(PLATFORM, registration("reg-d", "vol-d"));
    ledger.transfer(PLATFORM, ContractHarness.gift("gift-c", "vol-c", "vol-d", "3"));
    ledger.setAccountStatus(PLATFORM, status("st-2", "vol-c", AccountStatus.CLOSED));
    refused(
        () -> ledger.reverseEntry(PLATFORM, reversal("rev-2", otherTx + ":0")),
        ErrorCode.ACCOUNT_NOT_ACTIVE);
  }

  @Test
  void the_reason_is_required_and_printable() {
    refused(
        () ->
            ledger.reverseEntry(
                PLATFORM, reversal("rev-1", earnTx + ":0").replace("recorded in error", "")),
        ErrorCode.INVALID_ARGUMENT);
    refused(
        () ->
            ledger.reverseEntry(
                PLATFORM, "{\"requestId\":\"rev-1\",\"entryId\":\"" + earnTx + ":0\"}"),
        ErrorCode.MALFORMED_REQUEST);
  }

  @Test
  void a_replay_returns_the_first_reversal() {
    String first = ledger.reverseEntry(PLATFORM, reversal("rev-1", earnTx + ":0"));

    assertThat(ledger.reverseEntry(PLATFORM, reversal("rev-1", earnTx + ":0"))).isEqualTo(first);
    assertThat(ledger.stub.writtenKeys()).isEmpty();
  }
}
