package io.timecoin.auditstore.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.auditstore.reconcile.Reconciler.ProjectedEntry;
import io.timecoin.auditstore.reconcile.Reconciler.Totals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecomputeTest {

  private static ProjectedEntry entry(long sequence, String type, long amount, long balanceAfter) {
    return new ProjectedEntry(
        "vol-1", "tx" + sequence + ":0", sequence, type, amount, balanceAfter);
  }

  @Test
  void totals_follow_the_chaincodes_rules_for_each_type() {
    List<Difference> differences = new ArrayList<>();
    Totals totals =
        Reconciler.recompute(
            "vol-1",
            List.of(
                entry(1, "EARN", 500, 500),
                entry(2, "HELP_PAYMENT", -100, 400),
                entry(3, "HELP_PAYMENT", 50, 450),
                entry(4, "TRANSFER", -30, 420),
                entry(5, "TRANSFER", 20, 440),
                entry(6, "VOUCHER_PURCHASE", -200, 240),
                entry(7, "REVERSAL", -100, 140)),
            differences);

    assertThat(differences).isEmpty();
    assertThat(totals).isEqualTo(new Totals(140, 500, 300, 70, 30, 7));
  }

  @Test
  void names_the_first_entry_whose_balance_does_not_follow() {
    List<Difference> differences = new ArrayList<>();
    Reconciler.recompute(
        "vol-1",
        List.of(entry(1, "EARN", 500, 500), entry(2, "EARN", 100, 601), entry(3, "EARN", 1, 602)),
        differences);

    assertThat(differences)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo("BALANCE_AFTER");
              assertThat(d.subject()).isEqualTo("vol-1");
              assertThat(d.firstEntryId()).isEqualTo("tx2:0");
            });
  }

  @Test
  void names_the_entry_after_a_gap_in_the_sequence() {
    List<Difference> differences = new ArrayList<>();
    Totals totals =
        Reconciler.recompute(
            "vol-1", List.of(entry(1, "EARN", 500, 500), entry(3, "EARN", 100, 600)), differences);

    assertThat(differences)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo("SEQUENCE_GAP");
              assertThat(d.firstEntryId()).isEqualTo("tx3:0");
            });
    assertThat(totals.entryCount()).isEqualTo(3);
  }
}
