package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.workload.AuditLedgerPlan.Kind;
import io.timecoin.model.CoinAmount;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditLedgerPlanTest {

  private static final int ACCOUNTS = 32;

  @Test
  void a_writer_registers_then_credits_each_account_before_the_mix() {
    for (long step = 0; step < ACCOUNTS; step++) {
      assertThat(AuditLedgerPlan.kind(step, ACCOUNTS)).isEqualTo(Kind.REGISTER);
    }
    for (long step = ACCOUNTS; step < 2 * ACCOUNTS; step++) {
      assertThat(AuditLedgerPlan.kind(step, ACCOUNTS)).isEqualTo(Kind.EARN);
    }
  }

  @Test
  void each_cycle_of_the_mix_has_the_documented_counts() {
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    long start = 2L * ACCOUNTS + 7L * AuditLedgerPlan.CYCLE; // any whole cycle
    for (long step = start; step < start + AuditLedgerPlan.CYCLE; step++) {
      counts.merge(AuditLedgerPlan.kind(step, ACCOUNTS), 1, Integer::sum);
    }

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Kind.EARN, 30,
                Kind.PAY_FOR_HELP, 7,
                Kind.TRANSFER, 5,
                Kind.REVERSAL, 1,
                Kind.VOUCHER_PURCHASE, 3,
                Kind.CLAIM_FILE, 1,
                Kind.CLAIM_DECIDE, 1,
                Kind.CLAIM_PAY, 1,
                Kind.VOUCHER_VOID, 1));
  }

  @Test
  void a_claim_without_a_voucher_buys_one_and_the_rest_earn() {
    assertThat(AuditLedgerPlan.fallback(Kind.CLAIM_FILE)).isEqualTo(Kind.VOUCHER_PURCHASE);
    assertThat(AuditLedgerPlan.fallback(Kind.CLAIM_DECIDE)).isEqualTo(Kind.EARN);
    assertThat(AuditLedgerPlan.fallback(Kind.REVERSAL)).isEqualTo(Kind.EARN);
    assertThat(AuditLedgerPlan.fallback(Kind.VOUCHER_VOID)).isEqualTo(Kind.EARN);
  }

  @Test
  void amounts_stay_within_the_policy_and_vary() {
    Set<CoinAmount> earnings = new HashSet<>();
    Set<CoinAmount> movements = new HashSet<>();
    for (long seq = 0; seq < 5_000; seq++) {
      CoinAmount earning = AuditLedgerPlan.earningCoins(seq);
      CoinAmount movement = AuditLedgerPlan.movementCoins(seq);
      assertThat(earning.units()).isBetween(25L, 800L);
      assertThat(earning.units() % 25).isZero();
      assertThat(movement.units()).isBetween(5L, 100L);
      earnings.add(earning);
      movements.add(movement);
    }
    assertThat(earnings).hasSize(32);
    assertThat(movements).hasSize(20);
    assertThat(AuditLedgerPlan.earningCoins(42)).isEqualTo(AuditLedgerPlan.earningCoins(42));
  }

  @Test
  void earnings_go_round_every_branch_and_category() {
    Map<Integer, Integer> perBranch = new java.util.TreeMap<>();
    Set<String> categories = new HashSet<>();
    for (long seq = 0; seq < 8_000; seq++) {
      perBranch.merge(AuditLedgerPlan.branchOf(seq), 1, Integer::sum);
      categories.add(AuditLedgerPlan.category(seq));
    }
    // Every branch's verifier records the same share, so "by verifier" queries are alike.
    assertThat(perBranch).hasSize(AuditLedgerPlan.BRANCHES);
    assertThat(perBranch.values()).containsOnly(8_000 / AuditLedgerPlan.BRANCHES);
    assertThat(categories).containsExactlyInAnyOrderElementsOf(AuditLedgerPlan.CATEGORIES);
  }

  @Test
  void branches_and_operators_are_named_per_run_as_the_ca_and_the_ledger_accept() {
    // The run id is "b" and the start's epoch seconds in base 36 (BenchCommand).
    String runId = "b" + Long.toString(4_102_444_800L, 36);
    Set<String> branches = new HashSet<>();
    Set<String> operators = new HashSet<>();
    for (int n = 0; n < AuditLedgerPlan.BRANCHES; n++) {
      String branch = AuditLedgerPlan.branch(runId, n);
      String operator = AuditLedgerPlan.operatorId(runId, n);
      // identities' Operators: a branch is [a-z0-9][a-z0-9-]{0,39}, an id [a-z0-9][a-z0-9-]{1,62}.
      assertThat(branch).matches("[a-z0-9][a-z0-9-]{0,39}").startsWith(runId);
      assertThat(operator).matches("[a-z0-9][a-z0-9-]{1,62}").startsWith(runId);
      branches.add(branch);
      operators.add(operator);
    }
    assertThat(branches).hasSize(AuditLedgerPlan.BRANCHES);
    assertThat(operators).hasSize(AuditLedgerPlan.BRANCHES);
    assertThat(AuditLedgerPlan.branch("b2", 3)).isNotEqualTo(AuditLedgerPlan.branch(runId, 3));
  }

  @Test
  void the_counterpart_of_a_payment_is_always_another_of_the_writers_accounts() {
    for (int from = 0; from < ACCOUNTS; from++) {
      Set<Integer> seen = new HashSet<>();
      for (long seq = 0; seq < 200; seq++) {
        int to = AuditLedgerPlan.counterpart(from, seq, ACCOUNTS);
        assertThat(to).isBetween(0, ACCOUNTS - 1).isNotEqualTo(from);
        seen.add(to);
      }
      assertThat(seen).hasSize(ACCOUNTS - 1);
    }
  }
}
