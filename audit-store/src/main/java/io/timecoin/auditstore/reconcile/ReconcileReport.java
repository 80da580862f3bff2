package io.timecoin.auditstore.reconcile;

import java.util.List;

/**
 * The outcome of one reconciliation.
 *
 * @param currentToBlock the projection's block the comparison was made at
 * @param accounts accounts checked
 * @param entries entries re-added
 * @param vouchers vouchers checked
 * @param movedOn accounts that the ledger changed after that block: compared only up to it
 * @param supply the recomputed supply
 * @param differences every difference found, empty when all agrees
 */
public record ReconcileReport(
    long currentToBlock,
    int accounts,
    long entries,
    int vouchers,
    int movedOn,
    Supply supply,
    List<Difference> differences) {

  public ReconcileReport {
    differences = List.copyOf(differences);
  }

  public boolean agrees() {
    return differences.isEmpty();
  }
}
