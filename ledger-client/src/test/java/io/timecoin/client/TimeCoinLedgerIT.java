package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HistoryKind;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.TransferRequest;
import java.nio.file.Path;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs against the real native Fabric network that the build brings up in pre-integration-test
 * (scripts/network up, run folder {@code timecoin.it.runDir}). Writes go through the Platform
 * peer's gateway; reads come back through the Auditor's (and the Insurer's) own peer, so every
 * assertion on a read also proves the write was endorsed, ordered and committed on other orgs'
 * peers.
 */
class TimeCoinLedgerIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static TimeCoinLedger platform;
  private static TimeCoinLedger insurer;
  private static TimeCoinLedger auditor;

  @BeforeAll
  static void connect() {
    Path clients =
        Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients");
    platform = TimeCoinLedger.connect(config(clients, "platform"));
    insurer = TimeCoinLedger.connect(config(clients, "insurer"));
    auditor = TimeCoinLedger.connect(config(clients, "auditor"));
  }

  @AfterAll
  static void close() {
    for (TimeCoinLedger ledger : new TimeCoinLedger[] {platform, insurer, auditor}) {
      if (ledger != null) {
        ledger.close();
      }
    }
  }

  @Test
  void earning_submitted_through_platform_is_committed_and_read_back_through_auditor() {
    String volunteer = newVolunteerId();

    Committed<AccountView> registered =
        platform.registerVolunteer(new RegisterVolunteerRequest(newRequestId(), volunteer));
    Committed<EntryView> earned =
        platform.recordEarning(earning(newRequestId(), volunteer, "clean-up-2026-11", "7.50"));

    assertThat(registered.transactionId()).isNotBlank();
    assertThat(registered.blockNumber()).isPositive();
    assertThat(registered.value().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(registered.value().balance()).isEqualTo(CoinAmount.ZERO);
    // The second write was submitted only after the first committed, so it is in a later block.
    assertThat(earned.blockNumber()).isGreaterThan(registered.blockNumber());
    assertThat(earned.transactionId()).isNotEqualTo(registered.transactionId());
    assertThat(earned.value().txId()).isEqualTo(earned.transactionId());
    assertThat(earned.value().entryId()).startsWith(earned.transactionId());
    assertThat(earned.value().type()).isEqualTo(EntryType.EARN);
    assertThat(earned.value().sequence()).isEqualTo(1);
    assertThat(earned.value().balanceAfter()).isEqualTo(CoinAmount.parse("7.50"));
    assertThat(earned.value().recordedBy().mspId()).isEqualTo("PlatformMSP");

    AccountView seenByAuditor = auditor.getAccount(volunteer);
    assertThat(seenByAuditor.balance()).isEqualTo(CoinAmount.parse("7.50"));
    assertThat(seenByAuditor.totalEarned()).isEqualTo(CoinAmount.parse("7.50"));
    assertThat(seenByAuditor.entryCount()).isEqualTo(1);
    assertThat(insurer.getAccount(volunteer)).isEqualTo(seenByAuditor);
  }

  @Test
  void a_committed_write_can_be_looked_up_by_transaction_id_and_by_request_id() {
    String volunteer = registeredVolunteer();
    String requestId = newRequestId();
    Committed<EntryView> earned =
        platform.recordEarning(earning(requestId, volunteer, "look-up-2026-11", "1.00"));

    assertThat(auditor.transactionStatus(earned.transactionId()))
        .contains(new TransactionStatus(earned.transactionId(), "VALID", earned.blockNumber()));
    assertThat(auditor.resolve("PlatformMSP", requestId))
        .hasValueSatisfying(
            request -> assertThat(request.txId()).isEqualTo(earned.transactionId()));
    assertThat(auditor.transactionStatus("0".repeat(64))).isEmpty();
    assertThat(auditor.resolve("PlatformMSP", newRequestId())).isEmpty();
  }

  @Test
  void duplicate_activity_is_refused_with_its_code_and_changes_nothing() {
    String volunteer = registeredVolunteer();
    platform.recordEarning(earning(newRequestId(), volunteer, "food-bank-shift", "5.00"));
    AccountView before = auditor.getAccount(volunteer);
    String refusedRequestId = newRequestId();

    assertRefused(
        ErrorCode.DUPLICATE_ACTIVITY,
        () ->
            platform.recordEarning(
                earning(refusedRequestId, volunteer, "food-bank-shift", "3.00")));

    assertThat(auditor.getAccount(volunteer)).isEqualTo(before);
    // Nothing of the refused request was stored: its requestId is still free for a valid one.
    Committed<EntryView> accepted =
        platform.recordEarning(earning(refusedRequestId, volunteer, "library-shift", "3.00"));
    assertThat(accepted.value().balanceAfter()).isEqualTo(CoinAmount.parse("8.00"));
    assertThat(accepted.value().sequence()).isEqualTo(2);
  }

  @Test
  void zero_amount_is_refused_by_the_chaincode_and_changes_nothing() {
    String volunteer = registeredVolunteer();
    AccountView before = auditor.getAccount(volunteer);

    assertRefused(
        ErrorCode.INVALID_AMOUNT,
        () -> platform.recordEarning(earning(newRequestId(), volunteer, "zero-hours", "0.00")));

    assertThat(auditor.getAccount(volunteer)).isEqualTo(before);
  }

  @Test
  void earning_for_an_unregistered_volunteer_is_refused() {
    String stranger = newVolunteerId();

    assertRefused(
        ErrorCode.VOLUNTEER_NOT_FOUND,
        () -> platform.recordEarning(earning(newRequestId(), stranger, "any-activity", "1.00")));
    assertRefused(ErrorCode.VOLUNTEER_NOT_FOUND, () -> auditor.getAccount(stranger));
  }

  @Test
  void auditor_and_insurer_cannot_write() {
    String volunteer = newVolunteerId();

    assertRefused(
        ErrorCode.ACCESS_DENIED,
        () -> auditor.registerVolunteer(new RegisterVolunteerRequest(newRequestId(), volunteer)));
    assertRefused(
        ErrorCode.ACCESS_DENIED,
        () -> insurer.registerVolunteer(new RegisterVolunteerRequest(newRequestId(), volunteer)));

    assertRefused(ErrorCode.VOLUNTEER_NOT_FOUND, () -> platform.getAccount(volunteer));
  }

  @Test
  void replaying_a_request_returns_the_first_result_and_writes_nothing_new() {
    String volunteer = registeredVolunteer();
    RecordEarningRequest request = earning(newRequestId(), volunteer, "river-clean-up", "2.00");

    Committed<EntryView> first = platform.recordEarning(request);
    Committed<EntryView> replay = platform.recordEarning(request);

    assertThat(replay.value()).isEqualTo(first.value());
    AccountView account = auditor.getAccount(volunteer);
    assertThat(account.entryCount()).isEqualTo(1);
    assertThat(account.balance()).isEqualTo(CoinAmount.parse("2.00"));

    RecordEarningRequest sameIdOtherPayload =
        earning(request.requestId(), volunteer, "river-clean-up", "9.00");
    assertRefused(ErrorCode.IDEMPOTENCY_CONFLICT, () -> platform.recordEarning(sameIdOtherPayload));
    assertThat(auditor.getAccount(volunteer)).isEqualTo(account);
  }

  @Test
  void every_typed_call_reaches_its_transaction() {
    String alice = registeredVolunteer();
    String bob = registeredVolunteer();
    Committed<EntryView> earned =
        platform.recordEarning(earning(newRequestId(), alice, "typed-client", "3.00"));

    Committed<MovementView> paid =
        platform.payForHelp(
            new PayForHelpRequest(
                newRequestId(), alice, bob, CoinAmount.parse("1.00"), "help-typed", null));
    Committed<MovementView> given =
        platform.transfer(
            new TransferRequest(newRequestId(), bob, alice, CoinAmount.parse("0.25"), "thanks"));
    Committed<MovementView> reversed =
        platform.reverseEntry(
            new ReverseEntryRequest(
                newRequestId(), given.value().entries().get(0).entryId(), "sent twice"));
    Committed<AccountView> frozen =
        platform.setAccountStatus(
            new SetAccountStatusRequest(
                newRequestId(), bob, AccountStatus.FROZEN, "platform review"));
    EarningPolicyView current = auditor.getEarningPolicy();
    Committed<EarningPolicyView> next =
        platform.setEarningPolicy(
            new SetEarningPolicyRequest(
                newRequestId(),
                current.maxCoinsPerActivity(),
                current.dailyCapCoins(),
                current.utcOffset()));

    assertThat(paid.value().entries()).hasSize(2);
    assertThat(reversed.value().entries())
        .extracting(EntryView::type)
        .containsOnly(EntryType.REVERSAL);
    assertThat(frozen.value().status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(next.value().version()).isGreaterThan(current.version());
    assertThat(auditor.getEarningPolicy(current.version())).isEqualTo(current);
    assertThat(auditor.getAccount(alice).balance()).isEqualTo(CoinAmount.parse("2.00"));
    EntryPage page =
        insurer.listEntries(new ListEntriesRequest(alice, null, null, null, 200, null));
    assertThat(page.entries()).hasSize(4);
    assertThat(page.bookmark()).isEmpty();
    assertThat(auditor.getEntry(earned.value().entryId())).isEqualTo(earned.value());
    assertThat(auditor.getRequest("PlatformMSP", earned.value().requestId()).txId())
        .isEqualTo(earned.transactionId());
    assertThat(
            auditor
                .getKeyHistory(new KeyHistoryRequest(HistoryKind.ACCOUNT, alice))
                .modifications())
        .hasSize(5);
    assertRefused(
        ErrorCode.ACCESS_DENIED,
        () -> insurer.getKeyHistory(new KeyHistoryRequest(HistoryKind.ACCOUNT, alice)));
  }

  private static void assertRefused(ErrorCode expected, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerRejectedException.class, e -> assertThat(e.code()).isEqualTo(expected));
  }

  private static String registeredVolunteer() {
    String volunteer = newVolunteerId();
    platform.registerVolunteer(new RegisterVolunteerRequest(newRequestId(), volunteer));
    return volunteer;
  }

  private static RecordEarningRequest earning(
      String requestId, String volunteer, String activity, String amount) {
    return new RecordEarningRequest(
        requestId,
        volunteer,
        activity,
        60,
        CoinAmount.parse(amount),
        "branch-7",
        EVIDENCE,
        "cleanup");
  }

  // Unique ids keep the tests independent of each other, in any order.
  private static String newVolunteerId() {
    return "it-" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String newRequestId() {
    return "it-req:" + UUID.randomUUID();
  }

  private static LedgerConnectionConfig config(Path clients, String org) {
    return LedgerConnectionConfig.fromProperties(clients.resolve(org + ".properties"));
  }
}
