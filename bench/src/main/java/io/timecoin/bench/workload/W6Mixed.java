package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.model.CoinAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W6: a mixed workload at fixed rates, 50% and 90% of W1's best tx/s, for latency under load.
 * Requests arrive on schedule whatever the network does (open loop), so queueing shows in the
 * latencies. The mix, by request number modulo 10: see {@link Kind#of(long)}.
 */
final class W6Mixed implements Workload {

  private static final int ACCOUNTS = 64;
  private static final int MAX_IN_FLIGHT = 256;

  /** What one request of the mix does. */
  enum Kind {
    EARN,
    PAY_FOR_HELP,
    // VOUCHER PURCHASE: the voucher transactions are being written in another branch. When they
    // land, add VOUCHER_PURCHASE here, give it a slot in of(long) (e.g. take one of the READ
    // slots) and send it in send() through the client's voucher purchase method.
    READ;

    /** 4 in 10 earn, 2 in 10 pay for help, 4 in 10 read a balance. */
    static Kind of(long sequence) {
      int slot = (int) (sequence % 10);
      if (slot < 4) {
        return EARN;
      }
      return slot < 6 ? PAY_FOR_HELP : READ;
    }
  }

  @Override
  public String id() {
    return "W6";
  }

  @Override
  public String title() {
    return "mixed earn / pay for help / read at 50% and 90% of W1, fixed rate";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    double full = context.w1Max();
    if (full <= 0) {
      return WorkloadResult.skipped(id(), title(), "W1 did not run and no --w1-max was given");
    }
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    List<String> accounts = Accounts.register(context.platform(), s.runId(), "w6", ACCOUNTS);
    // Every account starts with coins, so payments never run into an empty balance.
    Accounts.credit(context.platform(), s.runId(), "w6seed", accounts, CoinAmount.parse("8.00"));
    List<Measurement> results = new ArrayList<>();
    for (double share : new double[] {0.5, 0.9}) {
      String tag = "w6r" + Math.round(share * 100);
      long retriesBefore = context.retries();
      Measurement m =
          context
              .fixedRate()
              .run(
                  "W6 " + Math.round(share * 100) + "%",
                  full * share,
                  s.measureFor(),
                  MAX_IN_FLIGHT,
                  (worker, seq) -> send(context, accounts, tag, seq));
      results.add(m.withExtra("retries", context.retries() - retriesBefore));
    }
    return new WorkloadResult(
        id(),
        title(),
        "",
        results,
        Map.of("w1MaxTxPerSecond", full),
        List.of(
            "mix: 40% earn, 20% pay for help, 40% balance reads over "
                + ACCOUNTS
                + " accounts; voucher purchase not yet in the mix (see W6Mixed.Kind)",
            "latency counted from each request's scheduled time (no coordinated omission)"));
  }

  private static void send(BenchContext context, List<String> accounts, String tag, long seq) {
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
      case READ -> context.platform().getAccount(a);
    }
  }
}
