package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.Transactions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Async writes on the real network: the receipt carries the transaction id and requestId as soon as
 * the orderer has the transaction, the outcome arrives later, and the ledger agrees with it.
 */
class AsyncWritesIT {

  private static TimeCoinLedger platform;
  private static TimeCoinLedger auditor;

  @BeforeAll
  static void connect() {
    platform = TimeCoinLedger.connect(ItNetwork.config("platform"));
    auditor = TimeCoinLedger.connect(ItNetwork.config("auditor"));
  }

  @AfterAll
  static void close() {
    platform.close();
    auditor.close();
  }

  @Test
  void an_async_write_returns_its_transaction_id_before_the_commit_and_the_committed_result_after()
      throws Exception {
    String volunteer = ItNetwork.newVolunteerId();
    String requestId = RequestIds.newId();

    PendingWrite<AccountView> pending =
        platform.submitAsync(
            Transactions.REGISTER_VOLUNTEER, new RegisterVolunteerRequest(requestId, volunteer));

    assertThat(pending.requestId()).isEqualTo(requestId);
    assertThat(pending.transactionId()).matches("[0-9a-f]{64}");
    Committed<AccountView> committed = pending.future().get(30, TimeUnit.SECONDS);
    assertThat(committed.transactionId()).isEqualTo(pending.transactionId());
    assertThat(committed.requestId()).isEqualTo(requestId);
    assertThat(committed.blockNumber()).isPositive();
    assertThat(committed.value().volunteerId()).isEqualTo(volunteer);
    assertThat(pending.committed()).isEqualTo(committed);
    RequestView recorded = auditor.resolve("PlatformMSP", requestId).orElseThrow();
    assertThat(recorded.txId()).isEqualTo(pending.transactionId());
    assertThat(auditor.getAccount(volunteer).volunteerId()).isEqualTo(volunteer);
  }

  @Test
  void many_async_writes_in_flight_at_once_each_commit_exactly_once() {
    String volunteer = ItNetwork.newVolunteerId();
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));

    List<PendingWrite<EntryView>> pending =
        List.of("a", "b", "c", "d", "e").stream()
            .map(
                activity ->
                    platform.submitAsync(
                        Transactions.RECORD_EARNING,
                        ItNetwork.earning(RequestIds.newId(), volunteer, activity, "0.50")))
            .toList();

    List<Committed<EntryView>> committed = pending.stream().map(PendingWrite::committed).toList();
    assertThat(committed).extracting(c -> c.value().volunteerId()).containsOnly(volunteer);
    assertThat(committed).extracting(c -> c.value().sequence()).doesNotHaveDuplicates();
    AccountView account = auditor.getAccount(volunteer);
    assertThat(account.entryCount()).isEqualTo(5);
    assertThat(account.balance()).isEqualTo(CoinAmount.parse("2.50"));
  }

  @Test
  void an_async_write_refused_by_the_rules_fails_before_a_receipt_exists() {
    String volunteer = ItNetwork.newVolunteerId();

    assertThatThrownBy(
            () ->
                platform.submitAsync(
                    Transactions.RECORD_EARNING,
                    ItNetwork.earning(RequestIds.newId(), volunteer, "x", "1.00")))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.VOLUNTEER_NOT_FOUND));
  }

  @Test
  void resolving_a_request_id_that_never_committed_finds_nothing() {
    assertThat(auditor.resolve("PlatformMSP", RequestIds.newId())).isEmpty();
  }
}
