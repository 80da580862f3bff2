package io.timecoin.auditstore;

import static io.timecoin.auditstore.ItEnvironment.EVIDENCE;
import static io.timecoin.auditstore.ItEnvironment.uniqueId;

import io.timecoin.client.Committed;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EntryView;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherPurchaseView;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Real writes of every kind through the platform's and the insurer's gateways: registrations,
 * earnings under a verifier and category of this run only, a help payment, a transfer, a reversal,
 * a voucher bought and voided, a second one with a claim approved and paid and one rejected.
 */
final class LedgerWorkload {

  /** What the workload wrote, for the test to look for. */
  record Written(
      String verifier,
      String category,
      List<String> volunteers,
      List<Committed<EntryView>> earnings,
      Committed<MovementView> reversal,
      String voidedVoucherId,
      String paidClaimId,
      String rejectedClaimId,
      long lastBlock) {}

  private LedgerWorkload() {}

  static Written run(TimeCoinLedger platform, TimeCoinLedger insurer) {
    // The branch comes from the verifier's certificate: an operator of this run's own branch.
    String verifier = uniqueId("verifier");
    String category = uniqueId("cat");
    List<String> volunteers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = uniqueId("as");
      platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), id));
      volunteers.add(id);
    }
    String a = volunteers.get(0);
    String b = volunteers.get(1);
    String c = volunteers.get(2);
    List<Committed<EntryView>> earnings = new ArrayList<>();
    try (TimeCoinLedger branch = ItEnvironment.verifierOf(verifier)) {
      for (String v : volunteers) {
        for (int i = 0; i < 2; i++) {
          earnings.add(branch.recordEarning(earning(v, "act-" + i, "5.00", verifier, category)));
        }
      }
    }
    platform.payForHelp(
        new PayForHelpRequest(RequestIds.newId(), a, b, CoinAmount.parse("1.25"), "help-1", null));
    platform.transfer(
        new TransferRequest(RequestIds.newId(), b, c, CoinAmount.parse("0.75"), null));
    Committed<MovementView> reversal =
        platform.reverseEntry(
            new ReverseEntryRequest(
                RequestIds.newId(), earnings.get(5).value().entryId(), "credited twice"));

    String code = "AS-" + uniqueId("p").substring(2, 10).toUpperCase(java.util.Locale.ROOT);
    insurer.defineVoucherProduct(
        new DefineVoucherProductRequest(
            RequestIds.newId(),
            code,
            CoinAmount.parse("2.00"),
            30,
            MoneyAmount.parse("500.00"),
            "CNY"));
    VoucherPurchaseView voided =
        platform.purchaseVoucher(new PurchaseVoucherRequest(RequestIds.newId(), a, code)).value();
    insurer.voidVoucher(
        new VoidVoucherRequest(RequestIds.newId(), voided.voucher().voucherId(), "test void"));
    String covered =
        platform
            .purchaseVoucher(new PurchaseVoucherRequest(RequestIds.newId(), b, code))
            .value()
            .voucher()
            .voucherId();
    String paid = fileClaim(platform, b, covered, "act-0", "120.00");
    insurer.decideClaim(
        new DecideClaimRequest(
            RequestIds.newId(),
            paid,
            ClaimDecision.APPROVED,
            MoneyAmount.parse("100.00"),
            "covered"));
    insurer.markClaimPaid(new MarkClaimPaidRequest(RequestIds.newId(), paid, "PAY-AS-1"));
    String rejected = fileClaim(platform, b, covered, "act-1", "50.00");
    Committed<ClaimView> last =
        insurer.decideClaim(
            new DecideClaimRequest(
                RequestIds.newId(), rejected, ClaimDecision.REJECTED, null, "not covered"));
    return new Written(
        verifier,
        category,
        volunteers,
        earnings,
        reversal,
        voided.voucher().voucherId(),
        paid,
        rejected,
        last.blockNumber());
  }

  /**
   * {@code writers} concurrent earnings on one fresh account: all in the same few blocks, so most
   * first attempts fail Fabric's read check (MVCC_READ_CONFLICT) and are re-run by the client.
   *
   * @return the last block written
   */
  static long contendedEarnings(TimeCoinLedger platform, int writers) {
    String hot = uniqueId("hot");
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), hot));
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<CompletableFuture<Committed<EntryView>>> all = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String activity = "hot-" + i;
        all.add(
            CompletableFuture.supplyAsync(
                () -> platform.recordEarning(earning(hot, activity, "0.50", null, "hot")), pool));
      }
      return all.stream().mapToLong(f -> f.join().blockNumber()).max().orElseThrow();
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code count} earnings across {@code accounts} new accounts, {@code concurrency} at once. */
  static long backlog(TimeCoinLedger platform, int accounts, int count, int concurrency) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      ids.add(uniqueId("bl"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      ids.stream()
          .map(
              id ->
                  CompletableFuture.runAsync(
                      () ->
                          platform.registerVolunteer(
                              new RegisterVolunteerRequest(RequestIds.newId(), id)),
                      pool))
          .toList()
          .forEach(CompletableFuture::join);
      List<CompletableFuture<Committed<EntryView>>> all = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String id = ids.get(i % accounts);
        String activity = "bl-" + i;
        all.add(
            CompletableFuture.supplyAsync(
                () -> platform.recordEarning(earning(id, activity, "0.10", null, "bl")), pool));
      }
      return all.stream().mapToLong(f -> f.join().blockNumber()).max().orElseThrow();
    } finally {
      pool.shutdownNow();
    }
  }

  private static RecordEarningRequest earning(
      String volunteer, String activity, String coins, String verifier, String category) {
    return new RecordEarningRequest(
        RequestIds.newId(),
        volunteer,
        activity,
        30,
        CoinAmount.parse(coins),
        verifier,
        EVIDENCE,
        category);
  }

  private static String fileClaim(
      TimeCoinLedger platform, String volunteer, String voucherId, String activity, String money) {
    return platform
        .fileClaim(
            new FileClaimRequest(
                RequestIds.newId(),
                volunteer,
                voucherId,
                OffsetDateTime.now(ZoneOffset.UTC)
                    .toString(), // cover starts at the purchase instant
                MoneyAmount.parse(money),
                activity,
                EVIDENCE),
            new ClaimPrivateDetails(
                "a sprained ankle", List.of(EVIDENCE), "payout-as", "salt-audit-store-0001"))
        .value()
        .claimId();
  }
}
