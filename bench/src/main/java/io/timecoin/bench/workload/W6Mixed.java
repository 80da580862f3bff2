package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.load.RateSchedule;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * W6: a mixed workload at fixed rates, 50% and 90% of W1's best tx/s, for latency under load.
 * Requests arrive on schedule whatever the network does (open loop), so queueing shows in the
 * latencies. The mix, by request number modulo 10: see {@link Kind#of(long)}.
 *
 * <p>Voucher purchases: a volunteer may hold one ACTIVE voucher per product, so the insurer defines
 * enough cheap products before each rate for every purchase to be a volunteer's first of its
 * product: purchase {@code k} is made by account {@code k mod 64} of product {@code k / 64}.
 */
final class W6Mixed implements Workload {

  static final int ACCOUNTS = 64;
  private static final int MAX_IN_FLIGHT = 256;
  private static final Duration PRODUCT_VISIBLE_WITHIN = Duration.ofSeconds(30);

  /** What one request of the mix does. */
  enum Kind {
    EARN,
    PAY_FOR_HELP,
    VOUCHER_PURCHASE,
    READ;

    /** 4 in 10 earn, 2 in 10 pay for help, 1 in 10 buys a voucher, 3 in 10 read a balance. */
    static Kind of(long sequence) {
      int slot = (int) (sequence % 10);
      if (slot < 4) {
        return EARN;
      }
      if (slot < 6) {
        return PAY_FOR_HELP;
      }
      return slot == 6 ? VOUCHER_PURCHASE : READ;
    }
  }

  /** The number of the voucher purchase that request {@code seq} makes (its slot 6 is the k-th). */
  static long purchaseNumber(long seq) {
    return seq / 10;
  }

  /**
   * Products needed so that {@code requests} requests never buy twice of one product per account.
   */
  static int productsFor(long requests) {
    long purchases = (requests + 9) / 10;
    return (int) Math.max(1, (purchases + ACCOUNTS - 1) / ACCOUNTS);
  }

  @Override
  public String id() {
    return "W6";
  }

  @Override
  public String title() {
    return "mixed earn / pay for help / voucher purchase / read at 50% and 90% of W1, fixed rate";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    double full = context.w1Max();
    if (full <= 0) {
      return WorkloadResult.skipped(id(), title(), "W1 did not run and no --w1-max was given");
    }
    List<String> accounts = setUp(context);
    List<Measurement> results = new ArrayList<>();
    int productsDefined = 0;
    for (double share : new double[] {0.5, 0.9}) {
      Measurement m;
      try {
        m = measureAt(context, accounts, share, full, context.settings().measureFor());
      } catch (LedgerRejectedException e) {
        if (e.code() == ErrorCode.UNKNOWN_FUNCTION) {
          return WorkloadResult.skipped(
              id(),
              title(),
              "the network's chaincode has no voucher transactions (it predates them); restart it"
                  + " on the same data: scripts/network down --run-dir DIR, then up");
        }
        throw e;
      }
      productsDefined += m.extra().getOrDefault("products", 0.0).intValue();
      results.add(m);
    }
    return new WorkloadResult(
        id(),
        title(),
        "",
        results,
        Map.of("w1MaxTxPerSecond", full, "voucherProductsDefined", (double) productsDefined),
        List.of(
            "mix: 40% earn, 20% pay for help, 10% voucher purchase (0.01 coins), 30% balance reads"
                + " over "
                + ACCOUNTS
                + " accounts; 'vouchers' = purchases committed",
            "latency counted from each request's scheduled time (no coordinated omission)"));
  }

  /**
   * Sets the bench's earning policy, registers the {@value #ACCOUNTS} accounts of the mix and
   * credits each with 8.00 coins, so payments and purchases never run into an empty balance.
   */
  static List<String> setUp(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    List<String> accounts = Accounts.register(context.platform(), s.runId(), "w6", ACCOUNTS);
    Accounts.credit(context.platform(), s.runId(), "w6seed", accounts, CoinAmount.parse("8.00"));
    return accounts;
  }

  /**
   * Runs the mix over {@code accounts} at {@code share} of {@code full} tx/s for {@code
   * measureFor}, after the insurer has defined the products its purchases need.
   *
   * @throws LedgerRejectedException {@code UNKNOWN_FUNCTION} if the chaincode has no vouchers
   */
  static Measurement measureAt(
      BenchContext context, List<String> accounts, double share, double full, Duration measureFor)
      throws InterruptedException {
    BenchSettings s = context.settings();
    String tag = "w6r" + Math.round(share * 100);
    double rate = full * share;
    long requests = new RateSchedule(0, rate).requestsWithin(measureFor.toNanos());
    List<String> products = defineProducts(context, tag, productsFor(requests));
    LongAdder purchases = new LongAdder();
    long retriesBefore = context.retries();
    Measurement m =
        context
            .fixedRate()
            .run(
                "W6 " + Math.round(share * 100) + "%",
                rate,
                measureFor,
                MAX_IN_FLIGHT,
                (worker, seq) -> send(context, accounts, products, purchases, tag, seq));
    return m.withExtra("retries", context.retries() - retriesBefore)
        .withExtra("vouchers", purchases.sum())
        .withExtra("products", products.size());
  }

  /**
   * The insurer defines {@code count} products, then waits until the platform's peer sees them all
   * (the insurer's write commits on every peer, but not at the same instant).
   */
  private static List<String> defineProducts(BenchContext context, String tag, int count)
      throws InterruptedException {
    BenchSettings s = context.settings();
    TimeCoinLedger insurer = context.insurer();
    List<String> codes = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      codes.add(
          insurer.defineVoucherProduct(Requests.voucherProduct(s.runId(), tag, n)).value().code());
    }
    long deadline = System.nanoTime() + PRODUCT_VISIBLE_WITHIN.toNanos();
    for (String code : codes) {
      while (true) {
        try {
          context.platform().getProduct(code);
          break;
        } catch (LedgerRejectedException e) {
          if (e.code() != ErrorCode.PRODUCT_NOT_FOUND || System.nanoTime() > deadline) {
            throw e;
          }
          Thread.sleep(100);
        }
      }
    }
    context.say("  W6: " + count + " voucher product(s) defined for " + tag);
    return codes;
  }

  private static void send(
      BenchContext context,
      List<String> accounts,
      List<String> products,
      LongAdder purchases,
      String tag,
      long seq) {
    BenchSettings s = context.settings();
    String a = accounts.get((int) (seq % ACCOUNTS));
    switch (Kind.of(seq)) {
      case EARN -> context.platform().recordEarning(Requests.earning(s.runId(), tag, a, seq));
      case PAY_FOR_HELP -> {
        String helper = accounts.get((int) ((seq / ACCOUNTS + seq + 1) % ACCOUNTS));
        if (helper.equals(a)) {
          helper = accounts.get((int) ((seq + 1) % ACCOUNTS));
        }
        context.platform().payForHelp(Requests.payment(s.runId(), tag, a, helper, seq));
      }
      case VOUCHER_PURCHASE -> {
        long k = purchaseNumber(seq);
        String buyer = accounts.get((int) (k % ACCOUNTS));
        String product = products.get((int) (k / ACCOUNTS));
        context
            .platform()
            .purchaseVoucher(Requests.voucherPurchase(s.runId(), tag, buyer, product, seq));
        purchases.increment();
      }
      case READ -> context.platform().getAccount(a);
    }
  }
}
