package io.timecoin.bench.workload;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.MoneyAmount;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What A1, the audit ledger's seeding, writes at each step of one writer: which kind of
 * transaction, and its amounts, verifying branch and category. Pure and deterministic (a step's
 * figures come from its number), so the mix is the same on every run and testable without a
 * network.
 *
 * <p>A writer first registers its own accounts, then credits each once, then repeats a cycle of
 * {@value #CYCLE} steps: 30 earnings, 7 help payments, 5 transfers, 1 reversal, 3 voucher
 * purchases, 1 claim filed, 1 claim decided, 1 claim paid, 1 voucher voided. A step whose object
 * does not exist yet (no claim to decide, no voucher to claim on) falls back to {@link #fallback}.
 */
final class AuditLedgerPlan {

  /** Steps in one cycle of the mix. */
  static final int CYCLE = 50;

  /**
   * The branches earnings are verified in, so that "by verifier" queries have several to choose
   * from. The ledger records an earning under the branch of the caller's certificate, so each
   * branch is one earning-verifier operator that A1 enrols for the run ({@link #branch}, {@link
   * #operatorId}).
   */
  static final int BRANCHES = 8;

  /** Activity categories of the earnings. */
  static final List<String> CATEGORIES =
      List.of(
          "elder-care",
          "tutoring",
          "transport",
          "gardening",
          "meals",
          "repairs",
          "companionship",
          "admin");

  /** What one step writes. */
  enum Kind {
    REGISTER,
    EARN,
    PAY_FOR_HELP,
    TRANSFER,
    REVERSAL,
    VOUCHER_PURCHASE,
    CLAIM_FILE,
    CLAIM_DECIDE,
    CLAIM_PAY,
    VOUCHER_VOID
  }

  private AuditLedgerPlan() {}

  /** The kind of step {@code step} of a writer that owns {@code accounts} accounts. */
  static Kind kind(long step, int accounts) {
    if (step < accounts) {
      return Kind.REGISTER;
    }
    if (step < 2L * accounts) {
      return Kind.EARN;
    }
    int slot = (int) ((step - 2L * accounts) % CYCLE);
    if (slot < 30) {
      return Kind.EARN;
    }
    if (slot < 37) {
      return Kind.PAY_FOR_HELP;
    }
    if (slot < 42) {
      return Kind.TRANSFER;
    }
    if (slot == 42) {
      return Kind.REVERSAL;
    }
    if (slot < 46) {
      return Kind.VOUCHER_PURCHASE;
    }
    return switch (slot) {
      case 46 -> Kind.CLAIM_FILE;
      case 47 -> Kind.CLAIM_DECIDE;
      case 48 -> Kind.CLAIM_PAY;
      default -> Kind.VOUCHER_VOID;
    };
  }

  /**
   * What a writer sends instead of {@code wanted} when the object it needs is missing: a claim is
   * filed on a voucher, so without one the writer buys one; everything else becomes an earning.
   */
  static Kind fallback(Kind wanted) {
    return wanted == Kind.CLAIM_FILE ? Kind.VOUCHER_PURCHASE : Kind.EARN;
  }

  /** An earning's coins: 0.25 to 8.00 in quarters (8.00 is the bench policy's per-activity cap). */
  static CoinAmount earningCoins(long seq) {
    return CoinAmount.ofUnits(25L * (1 + new SplittableRandom(seq).nextInt(32)));
  }

  /** A help payment's or transfer's coins: 0.05 to 1.00 in steps of 0.05. */
  static CoinAmount movementCoins(long seq) {
    return CoinAmount.ofUnits(5L * (1 + new SplittableRandom(seq ^ 0x5DEECE66DL).nextInt(20)));
  }

  /** The money a claim asks for: 20.00 to 150.00 in whole units. */
  static MoneyAmount claimedMoney(long seq) {
    return MoneyAmount.parse((20 + new SplittableRandom(seq).nextInt(131)) + ".00");
  }

  /** The branch (0 to {@link #BRANCHES} - 1) whose verifier records earning {@code seq}. */
  static int branchOf(long seq) {
    return (int) Math.floorMod(seq * 7919L, (long) BRANCHES);
  }

  /**
   * The name of branch {@code n} in run {@code runId}: new per run, so a run's earnings per
   * verifier are its own on a kept network (a branch is lower-case letters, digits and '-', at most
   * 40; the run id is {@code b} and base-36 digits).
   */
  static String branch(String runId, int n) {
    return runId + "-a1-branch-" + n;
  }

  /**
   * The id, at the platform's CA, of the earning verifier of branch {@code n} in run {@code runId}.
   */
  static String operatorId(String runId, int n) {
    return runId + "-a1-verifier-" + n;
  }

  /** The category of earning {@code seq}. */
  static String category(long seq) {
    return CATEGORIES.get((int) Math.floorMod(seq * 104729L, (long) CATEGORIES.size()));
  }

  /** The other account of a payment or transfer from account {@code from}: never {@code from}. */
  static int counterpart(int from, long seq, int accounts) {
    return (from + 1 + (int) Math.floorMod(seq, (long) (accounts - 1))) % accounts;
  }
}
