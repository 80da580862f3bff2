package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.gift;
import static io.timecoin.chaincode.contract.ContractHarness.payment;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.ContractHarness.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.CoinsTransferredEvent;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.HelpPaidEvent;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.SignedCoinAmount;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MovementsTest {

  private final ContractHarness ledger = ContractHarness.standard();

  @BeforeEach
  void two_volunteers_and_coins_to_move() {
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-a", "vol-a"));
    ledger.registerVolunteer(PLATFORM, registration("reg-b", "vol-b"));
    ledger.recordEarning(PLATFORM, earning("earn-a", "vol-a", "act-1", "10"));
  }

  private void refused(ThrowingCallable call, ErrorCode code) {
    Refusals.refused(ledger, call, code);
  }

  private AccountView account(String volunteerId) {
    return LedgerJson.read(ledger.getAccount(PLATFORM, volunteerId), AccountView.class);
  }

  @Nested
  class PayForHelp {

    @Test
    void moves_coins_from_requester_to_helper_in_two_legs() {
      String txId = ledger.nextTxId();

      MovementView movement =
          LedgerJson.read(
              ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4")),
              MovementView.class);

      assertThat(movement.txId()).isEqualTo(txId);
      assertThat(movement.entries()).hasSize(2);
      EntryView paid = movement.entries().get(0);
      EntryView received = movement.entries().get(1);
      assertThat(paid.entryId()).isEqualTo(txId + ":0");
      assertThat(paid.leg()).isZero();
      assertThat(paid.volunteerId()).isEqualTo("vol-a");
      assertThat(paid.type()).isEqualTo(EntryType.HELP_PAYMENT);
      assertThat(paid.amount()).isEqualTo(SignedCoinAmount.parse("-4"));
      assertThat(paid.balanceAfter()).isEqualTo(CoinAmount.parse("6"));
      assertThat(paid.counterpartyId()).isEqualTo("vol-b");
      assertThat(paid.helpRequestId()).isEqualTo("help-1");
      assertThat(paid.memo()).isEqualTo("thanks");
      assertThat(paid.sequence()).isEqualTo(2);
      assertThat(received.entryId()).isEqualTo(txId + ":1");
      assertThat(received.leg()).isEqualTo(1);
      assertThat(received.volunteerId()).isEqualTo("vol-b");
      assertThat(received.amount()).isEqualTo(SignedCoinAmount.parse("4"));
      assertThat(received.balanceAfter()).isEqualTo(CoinAmount.parse("4"));
      assertThat(received.counterpartyId()).isEqualTo("vol-a");
      assertThat(received.sequence()).isEqualTo(1);
    }

    @Test
    void counts_as_spent_for_the_requester_and_received_for_the_helper() {
      ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4"));

      assertThat(account("vol-a").totalSpent()).isEqualTo(CoinAmount.parse("4"));
      assertThat(account("vol-a").totalEarned()).isEqualTo(CoinAmount.parse("10"));
      assertThat(account("vol-b").totalReceived()).isEqualTo(CoinAmount.parse("4"));
      assertThat(account("vol-b").totalSpent()).isEqualTo(CoinAmount.ZERO);
    }

    @Test
    void emits_one_help_paid_event_with_both_balances() {
      String txId = ledger.nextTxId();

      ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4"));

      assertThat(ledger.stub.eventsSet()).isEqualTo(1);
      assertThat(ledger.stub.eventName()).contains(EventNames.HELP_PAID);
      assertThat(ledger.stub.eventPayload())
          .contains(
              LedgerJson.write(
                  new HelpPaidEvent(
                      txId,
                      "vol-a",
                      "vol-b",
                      CoinAmount.parse("4"),
                      CoinAmount.parse("6"),
                      CoinAmount.parse("4"))));
    }

    @Test
    void may_spend_the_whole_balance_but_not_more() {
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "10.01")),
          ErrorCode.INSUFFICIENT_BALANCE);

      ledger.payForHelp(PLATFORM, payment("pay-2", "vol-a", "vol-b", "10"));

      assertThat(account("vol-a").balance()).isEqualTo(CoinAmount.ZERO);
    }

    @Test
    void refuses_paying_oneself() {
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-a", "1")),
          ErrorCode.SAME_ACCOUNT);
    }

    @Test
    void refuses_unknown_accounts_on_either_side() {
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-x", "vol-b", "1")),
          ErrorCode.VOLUNTEER_NOT_FOUND);
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-x", "1")),
          ErrorCode.VOLUNTEER_NOT_FOUND);
    }

    @Test
    void refuses_a_zero_payment() {
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "0")),
          ErrorCode.INVALID_AMOUNT);
    }

    @Test
    void checks_help_request_id_and_memo() {
      refused(
          () ->
              ledger.payForHelp(
                  PLATFORM,
                  LedgerJson.write(
                          new PayForHelpRequest(
                              "pay-1", "vol-a", "vol-b", CoinAmount.parse("1"), "h", "x"))
                      .replace("\"h\"", "\"h h\"")),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          () ->
              ledger.payForHelp(
                  PLATFORM,
                  payment("pay-1", "vol-a", "vol-b", "1").replace("thanks", "x".repeat(141))),
          ErrorCode.INVALID_ARGUMENT);
    }

    @ParameterizedTest
    @EnumSource(
        value = AccountStatus.class,
        names = {"FROZEN", "CLOSED"})
    void neither_side_may_be_inactive(AccountStatus inactive) {
      ledger.setAccountStatus(PLATFORM, status("st-b", "vol-b", inactive));
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "1")),
          ErrorCode.ACCOUNT_NOT_ACTIVE);
      ledger.registerVolunteer(PLATFORM, registration("reg-c", "vol-c"));
      if (inactive == AccountStatus.CLOSED) {
        // Only an empty account can be closed (ACCOUNT_NOT_EMPTY).
        ledger.transfer(
            PLATFORM,
            ContractHarness.gift(
                "gift-a", "vol-a", "vol-c", account("vol-a").balance().toString()));
      }
      ledger.setAccountStatus(PLATFORM, status("st-a", "vol-a", inactive));
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-2", "vol-a", "vol-c", "1")),
          ErrorCode.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void a_replay_returns_the_first_result_and_writes_nothing() {
      String first = ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4"));

      assertThat(ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4")))
          .isEqualTo(first);
      assertThat(ledger.stub.writtenKeys()).isEmpty();
      assertThat(account("vol-a").balance()).isEqualTo(CoinAmount.parse("6"));
      refused(
          () -> ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "5")),
          ErrorCode.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void reads_only_the_two_accounts_and_the_request() {
      ledger.payForHelp(PLATFORM, payment("pay-1", "vol-a", "vol-b", "4"));

      // the caller's operator registry row, the request, the two accounts
      assertThat(ledger.stub.keysRead()).isEqualTo(4);
    }
  }

  @Nested
  class Transfer {

    @Test
    void gives_coins_in_two_transfer_legs() {
      String txId = ledger.nextTxId();

      MovementView movement =
          LedgerJson.read(
              ledger.transfer(PLATFORM, gift("gift-1", "vol-a", "vol-b", "2.5")),
              MovementView.class);

      assertThat(movement.entries())
          .extracting(EntryView::type, EntryView::volunteerId, EntryView::amount)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  EntryType.TRANSFER, "vol-a", SignedCoinAmount.parse("-2.50")),
              org.assertj.core.groups.Tuple.tuple(
                  EntryType.TRANSFER, "vol-b", SignedCoinAmount.parse("2.50")));
      assertThat(movement.entries().get(0).memo()).isNull();
      assertThat(ledger.stub.eventName()).contains(EventNames.COINS_TRANSFERRED);
      assertThat(ledger.stub.eventPayload())
          .contains(
              LedgerJson.write(
                  new CoinsTransferredEvent(
                      txId,
                      "vol-a",
                      "vol-b",
                      CoinAmount.parse("2.5"),
                      CoinAmount.parse("7.5"),
                      CoinAmount.parse("2.5"))));
      assertThat(account("vol-a").totalGiven()).isEqualTo(CoinAmount.parse("2.5"));
      assertThat(account("vol-b").totalReceived()).isEqualTo(CoinAmount.parse("2.5"));
    }

    @Test
    void refuses_what_a_payment_refuses() {
      refused(
          () -> ledger.transfer(PLATFORM, gift("g", "vol-a", "vol-a", "1")),
          ErrorCode.SAME_ACCOUNT);
      refused(
          () -> ledger.transfer(PLATFORM, gift("g", "vol-b", "vol-a", "1")),
          ErrorCode.INSUFFICIENT_BALANCE);
      refused(
          () -> ledger.transfer(PLATFORM, gift("g", "vol-a", "nobody", "1")),
          ErrorCode.VOLUNTEER_NOT_FOUND);
      refused(
          () -> ledger.transfer(PLATFORM, gift("g", "vol-a", "vol-b", "0")),
          ErrorCode.INVALID_AMOUNT);
      refused(
          () ->
              ledger.transfer(PLATFORM, gift("g", "vol-a", "vol-b", "1").replace("\"1.00\"", "1")),
          ErrorCode.MALFORMED_REQUEST);
      ledger.setAccountStatus(PLATFORM, status("st-a", "vol-a", AccountStatus.FROZEN));
      refused(
          () -> ledger.transfer(PLATFORM, gift("g", "vol-a", "vol-b", "1")),
          ErrorCode.ACCOUNT_NOT_ACTIVE);
    }
  }
}
