package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.bench.workload.AuditLedgerPlan.Kind;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherPurchaseView;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * A1: writes the audit benchmarks' ledger, {@code --audit-transactions} committed timecoin
 * transactions (default 100,000) in the mix of {@link AuditLedgerPlan}, from {@code
 * --audit-concurrency} writers at once (closed loop). Each writer owns its accounts, vouchers and
 * claims, so writers never touch each other's keys and read conflicts stay rare; the rate is the
 * network's. Failed requests are counted by cause and made up for with more requests until the
 * target is reached.
 */
final class A1AuditLedger implements Workload {

  /** Accounts each writer registers and writes to. */
  static final int ACCOUNTS_PER_WRITER = 32;

  /** Voucher products the insurer defines; account k buys them in turn. */
  static final int PRODUCTS = 8;

  /** Rounds of top-up after failures before the seeding gives up. */
  private static final int MAX_ROUNDS = 5;

  @Override
  public String id() {
    return "A1";
  }

  @Override
  public String title() {
    return "the audit ledger: registrations, earnings, help, transfers, reversals, vouchers, claims";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    int writers = s.audit().concurrency();
    long target = s.audit().transactions();
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    List<String> products = defineProducts(context);
    Writer[] state = new Writer[writers];
    for (int w = 0; w < writers; w++) {
      state[w] = new Writer(s.runId(), w);
    }
    List<Measurement> rounds = new ArrayList<>();
    long committed = 0;
    try (BranchVerifiers verifiers = BranchVerifiers.enrol(context)) {
      context.say("  A1: earnings verified in branches " + verifiers.branches());
      for (int round = 0; round < MAX_ROUNDS && committed < target; round++) {
        String tag = "a1r" + round;
        Measurement m =
            context
                .closedLoop()
                .run(
                    "A1 ledger" + (round == 0 ? "" : " top-up " + round),
                    writers,
                    Duration.ofDays(1),
                    target - committed,
                    (worker, seq) -> state[worker].step(context, verifiers, products, tag, seq));
        committed += m.successes();
        rounds.add(m);
      }
    }
    Map<Kind, Long> byKind = new EnumMap<>(Kind.class);
    for (Writer w : state) {
      w.committed.forEach((k, n) -> byKind.merge(k, n.sum(), Long::sum));
    }
    Map<String, Double> figures = new TreeMap<>();
    byKind.forEach((k, n) -> figures.put("committed " + k, (double) n));
    figures.put("committed transactions", (double) committed);
    figures.put("writers", (double) writers);
    figures.put("verifier branches", (double) AuditLedgerPlan.BRANCHES);
    context.say("  A1: " + committed + " transactions committed; by kind " + byKind);
    return new WorkloadResult(
        id(),
        title(),
        "",
        rounds,
        figures,
        List.of(
            "per writer: "
                + ACCOUNTS_PER_WRITER
                + " accounts registered and credited, then cycles of 50: 30 earnings (0.25-8.00,"
                + " 8 categories), 7 help payments, 5 transfers, 1 reversal, 3"
                + " voucher purchases ("
                + PRODUCTS
                + " products), 1 claim filed, 1 decided (approved and rejected in turn), 1 paid,"
                + " 1 voucher voided; a step without its object becomes an earning",
            "earnings are recorded by "
                + AuditLedgerPlan.BRANCHES
                + " earning verifiers, one per branch (<run id>-a1-branch-<n>), registered and"
                + " enrolled at the platform's CA for the run, each with its own ledger client:"
                + " the ledger takes an earning's verifier from the caller's certificate",
            "the insurer's client defines the products, decides and pays claims and voids"
                + " vouchers; the platform's client writes the rest"));
  }

  private static List<String> defineProducts(BenchContext context) {
    BenchSettings s = context.settings();
    TimeCoinLedger insurer = context.insurer();
    List<String> codes = new ArrayList<>();
    for (int n = 0; n < PRODUCTS; n++) {
      String code = Requests.productCode(s.runId(), "a1", n);
      insurer.defineVoucherProduct(
          new DefineVoucherProductRequest(
              s.runId() + ":product:" + code,
              code,
              CoinAmount.parse("0.50"),
              30,
              MoneyAmount.parse("500.00"),
              "EUR"));
      codes.add(code);
    }
    // The platform's peer must see the products before the first purchase; a product that is
    // not there yet fails that purchase as PRODUCT_NOT_FOUND, counted and made up for.
    return codes;
  }

  /**
   * One writer's own accounts, recent earnings, vouchers and claims. Only its worker thread touches
   * it.
   */
  static final class Writer {
    private final String runId;
    private final int index;
    private final List<String> accounts = new ArrayList<>();
    private final ArrayDeque<String> earnings = new ArrayDeque<>();
    private final ArrayDeque<String[]> vouchers = new ArrayDeque<>();
    private final ArrayDeque<String> filedClaims = new ArrayDeque<>();
    private final ArrayDeque<String> approvedClaims = new ArrayDeque<>();
    private final Map<Kind, LongAdder> committed = new EnumMap<>(Kind.class);
    private long step;
    private long purchases;
    private long decisions;

    Writer(String runId, int index) {
      this.runId = runId;
      this.index = index;
    }

    void step(
        BenchContext context,
        BranchVerifiers verifiers,
        List<String> products,
        String tag,
        long seq) {
      Kind kind = AuditLedgerPlan.kind(step, ACCOUNTS_PER_WRITER);
      if (kind != Kind.REGISTER && accounts.size() < ACCOUNTS_PER_WRITER) {
        kind = Kind.REGISTER; // a registration failed: make it up before anything else
      }
      if (!possible(kind)) {
        kind = AuditLedgerPlan.fallback(kind);
      }
      String id = runId + ":" + tag + ":" + index + ":" + step;
      TimeCoinLedger platform = context.platform();
      int a = (int) (step % ACCOUNTS_PER_WRITER);
      // Every step, committed or not, moves the writer on, so no requestId is ever sent twice
      // with another request; a failed step's objects are not reused (a failed claim's voucher).
      step++;
      switch (kind) {
        case REGISTER -> {
          String volunteer = Requests.volunteer(runId, "a1w" + index, accounts.size());
          platform.registerVolunteer(Requests.register(runId, volunteer));
          accounts.add(volunteer);
        }
        case EARN -> {
          // No verifier in the request: the ledger records the branch of the signing verifier.
          var earning =
              new RecordEarningRequest(
                  id,
                  accounts.get(a),
                  id,
                  60,
                  AuditLedgerPlan.earningCoins(seq),
                  null,
                  Requests.sha256(id),
                  AuditLedgerPlan.category(seq));
          TimeCoinLedger verifier = verifiers.of(AuditLedgerPlan.branchOf(seq));
          earnings.addLast(verifier.recordEarning(earning).value().entryId());
          if (earnings.size() > 64) {
            earnings.removeFirst();
          }
        }
        case PAY_FOR_HELP ->
            platform.payForHelp(
                new PayForHelpRequest(
                    id,
                    accounts.get(a),
                    accounts.get(AuditLedgerPlan.counterpart(a, seq, ACCOUNTS_PER_WRITER)),
                    AuditLedgerPlan.movementCoins(seq),
                    id,
                    null));
        case TRANSFER ->
            platform.transfer(
                new TransferRequest(
                    id,
                    accounts.get(a),
                    accounts.get(AuditLedgerPlan.counterpart(a, seq, ACCOUNTS_PER_WRITER)),
                    AuditLedgerPlan.movementCoins(seq),
                    null));
        case REVERSAL ->
            platform.reverseEntry(
                new ReverseEntryRequest(id, earnings.removeLast(), "recorded in error"));
        case VOUCHER_PURCHASE -> {
          int buyer = (int) (purchases % ACCOUNTS_PER_WRITER);
          String product = products.get((int) ((purchases / ACCOUNTS_PER_WRITER) % PRODUCTS));
          purchases++;
          VoucherPurchaseView bought =
              platform
                  .purchaseVoucher(new PurchaseVoucherRequest(id, accounts.get(buyer), product))
                  .value();
          vouchers.addLast(new String[] {accounts.get(buyer), bought.voucher().voucherId()});
        }
        case CLAIM_FILE -> {
          String[] voucher = vouchers.removeFirst();
          String claimId =
              platform
                  .fileClaim(
                      new FileClaimRequest(
                          id,
                          voucher[0],
                          voucher[1],
                          OffsetDateTime.now(ZoneOffset.UTC).toString(),
                          AuditLedgerPlan.claimedMoney(seq),
                          id,
                          Requests.sha256(id + ":evidence")),
                      new ClaimPrivateDetails(
                          "bench incident",
                          List.of(Requests.sha256(id + ":document")),
                          "payout-bench",
                          "salt-" + Requests.sha256(id).substring(0, 24)))
                  .value()
                  .claimId();
          filedClaims.addLast(claimId);
        }
        case CLAIM_DECIDE -> {
          String claimId = filedClaims.removeFirst();
          boolean approve = decisions++ % 2 == 0;
          context
              .insurer()
              .decideClaim(
                  new DecideClaimRequest(
                      id,
                      claimId,
                      approve ? ClaimDecision.APPROVED : ClaimDecision.REJECTED,
                      approve ? MoneyAmount.parse("20.00") : null,
                      approve ? "covered" : "not covered"));
          if (approve) {
            approvedClaims.addLast(claimId);
          }
        }
        case CLAIM_PAY ->
            context
                .insurer()
                .markClaimPaid(
                    new MarkClaimPaidRequest(
                        id, approvedClaims.removeFirst(), "PAY-" + index + "-" + step));
        case VOUCHER_VOID ->
            context
                .insurer()
                .voidVoucher(new VoidVoucherRequest(id, vouchers.removeLast()[1], "bench void"));
      }
      committed.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private boolean possible(Kind kind) {
      return switch (kind) {
        case REVERSAL -> !earnings.isEmpty();
        case CLAIM_FILE, VOUCHER_VOID -> !vouchers.isEmpty();
        case CLAIM_DECIDE -> !filedClaims.isEmpty();
        case CLAIM_PAY -> !approvedClaims.isEmpty();
        default -> true;
      };
    }
  }
}
