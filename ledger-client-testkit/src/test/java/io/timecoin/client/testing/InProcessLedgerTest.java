package io.timecoin.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.client.Committed;
import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventCheckpoints;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerEvent;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.TransactionStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.VoucherStatus;
import io.timecoin.model.VoucherView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The in-process ledger runs the real contract: its rules, codes, events and JSON. */
class InProcessLedgerTest {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final InProcessNetwork network = InProcessNetwork.create(clock);
  private final TimeCoinLedger platform = network.connect("PlatformMSP");
  private final TimeCoinLedger insurer = network.connect("InsurerMSP");
  private final TimeCoinLedger auditor = network.connect("AuditorMSP");

  @Test
  void writes_commit_in_order_and_are_read_back_by_every_organisation() {
    platform.setEarningPolicy(policy());
    Committed<AccountView> opened =
        platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-1"));
    Committed<EntryView> earned = platform.recordEarning(earning("vol-1", "act-1", "6.00"));

    assertThat(earned.blockNumber()).isEqualTo(opened.blockNumber() + 1);
    assertThat(auditor.getAccount("vol-1").balance()).isEqualTo(CoinAmount.parse("6.00"));
    assertThat(insurer.transactionStatus(earned.transactionId()))
        .contains(new TransactionStatus(earned.transactionId(), "VALID", earned.blockNumber()));
    assertThat(auditor.getRequest("PlatformMSP", earned.requestId()).txId())
        .isEqualTo(earned.transactionId());
  }

  @Test
  void a_refusal_is_the_contract_s_own_code_and_changes_nothing() {
    platform.setEarningPolicy(policy());
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-1"));
    RecordEarningRequest tooMuch = earning("vol-1", "act-1", "9.00");

    assertThatThrownBy(() -> platform.recordEarning(tooMuch))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACTIVITY_LIMIT_EXCEEDED));
    assertThatThrownBy(
            () ->
                auditor.registerVolunteer(
                    new RegisterVolunteerRequest(RequestIds.newId(), "vol-2")))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    assertThat(platform.getAccount("vol-1").entryCount()).isZero();
    assertThatThrownBy(() -> platform.getAccount("vol-2"))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.VOLUNTEER_NOT_FOUND));
  }

  @Test
  void a_replayed_request_answers_the_transaction_that_wrote_it() {
    platform.setEarningPolicy(policy());
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-1"));
    RecordEarningRequest earning = earning("vol-1", "act-1", "2.00");

    Committed<EntryView> first = platform.recordEarning(earning);
    platform.recordEarning(earning("vol-1", "act-2", "1.00"));
    Committed<EntryView> again = platform.recordEarning(earning);

    assertThat(again.transactionId()).isEqualTo(first.transactionId());
    assertThat(again.blockNumber()).isEqualTo(first.blockNumber());
  }

  @Test
  void a_replayed_request_returns_the_first_result_and_writes_nothing() {
    platform.setEarningPolicy(policy());
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-1"));
    RecordEarningRequest earning = earning("vol-1", "act-1", "2.00");

    EntryView first = platform.recordEarning(earning).value();
    EntryView again = platform.recordEarning(earning).value();

    assertThat(again).isEqualTo(first);
    assertThat(platform.getAccount("vol-1").entryCount()).isEqualTo(1);
  }

  @Test
  void a_voucher_is_bought_claimed_on_decided_paid_and_expires_with_time() {
    platform.setEarningPolicy(policy());
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-1"));
    platform.recordEarning(earning("vol-1", "act-1", "6.00"));
    insurer.defineVoucherProduct(
        new DefineVoucherProductRequest(
            RequestIds.newId(),
            "ACC-30",
            CoinAmount.parse("5.00"),
            30,
            MoneyAmount.parse("1000.00"),
            "CNY"));
    VoucherView voucher =
        platform
            .purchaseVoucher(new PurchaseVoucherRequest(RequestIds.newId(), "vol-1", "ACC-30"))
            .value()
            .voucher();
    assertThat(platform.getAccount("vol-1").balance()).isEqualTo(CoinAmount.parse("1.00"));

    ClaimPrivateDetails details =
        new ClaimPrivateDetails(
            "sprained ankle", List.of(EVIDENCE), "payout-7", "salt-0123456789abcdef");
    ClaimView filed =
        platform
            .fileClaim(
                new FileClaimRequest(
                    RequestIds.newId(),
                    "vol-1",
                    voucher.voucherId(),
                    "2026-03-02T17:00:00+08:00",
                    MoneyAmount.parse("300.00"),
                    "act-1",
                    EVIDENCE),
                details)
            .value();
    assertThat(insurer.getClaimPrivate(filed.claimId()).details()).isEqualTo(details);
    assertThat(auditor.getClaim(filed.claimId()).privateDetailsHash())
        .isEqualTo(filed.privateDetailsHash());
    assertThatThrownBy(() -> auditor.getClaimPrivate(filed.claimId()))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));

    insurer.decideClaim(
        new DecideClaimRequest(
            RequestIds.newId(),
            filed.claimId(),
            ClaimDecision.APPROVED,
            MoneyAmount.parse("250.00"),
            "covered"));
    ClaimView paid =
        insurer
            .markClaimPaid(new MarkClaimPaidRequest(RequestIds.newId(), filed.claimId(), "PAY-1"))
            .value();
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(auditor.getVoucher(voucher.voucherId()).remainingCover())
        .isEqualTo(MoneyAmount.parse("750.00"));

    clock.advance(Duration.ofDays(31));
    assertThat(auditor.getVoucher(voucher.voucherId()).status()).isEqualTo(VoucherStatus.EXPIRED);
  }

  @Test
  void a_subscription_resumes_after_its_checkpoint() throws InterruptedException {
    platform.setEarningPolicy(policy());
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), "vol-1"));
    EventCheckpoint checkpoint = EventCheckpoints.inMemory();
    List<LedgerEvent> seen = new CopyOnWriteArrayList<>();

    EventSubscription first = auditor.subscribe(checkpoint, seen::add);
    platform.recordEarning(earning("vol-1", "act-1", "1.00"));
    awaitSize(seen, 3);
    first.close();
    platform.recordEarning(earning("vol-1", "act-2", "1.00"));
    EventSubscription second = auditor.subscribe(checkpoint, seen::add);
    awaitSize(seen, 4);
    second.close();

    assertThat(seen)
        .extracting(LedgerEvent::name)
        .containsExactly(
            EventNames.EARNING_POLICY_SET,
            EventNames.VOLUNTEER_REGISTERED,
            EventNames.EARNING_RECORDED,
            EventNames.EARNING_RECORDED);
    assertThat(seen.get(3).payload(EarningRecordedEvent.class).sequence()).isEqualTo(2);
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (list.size() < size && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(list).hasSize(size);
  }

  private static SetEarningPolicyRequest policy() {
    return new SetEarningPolicyRequest(
        RequestIds.newId(), CoinAmount.parse("8.00"), CoinAmount.parse("12.00"), "+08:00");
  }

  private static RecordEarningRequest earning(String volunteer, String activity, String coins) {
    return new RecordEarningRequest(
        RequestIds.newId(),
        volunteer,
        activity,
        60,
        CoinAmount.parse(coins),
        "branch-7",
        EVIDENCE,
        "training");
  }

  /** A clock a test moves by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("fixed to UTC");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
