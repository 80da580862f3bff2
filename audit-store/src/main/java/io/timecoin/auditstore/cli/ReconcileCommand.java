package io.timecoin.auditstore.cli;

import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.reconcile.Difference;
import io.timecoin.auditstore.reconcile.PeerChaincodeState;
import io.timecoin.auditstore.reconcile.ReconcileReport;
import io.timecoin.auditstore.reconcile.Reconciler;
import io.timecoin.auditstore.reconcile.Supply;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "reconcile",
    description =
        "Recompute balances, totals, the supply and voucher cover from the projected entries and"
            + " compare them with the chaincode's state on the auditor's peer. Exit 0 when all"
            + " agrees, 1 with the differences listed.")
final class ReconcileCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand AuditStoreCli cli;

  @Mixin AuditStoreCli.Settings settings = new AuditStoreCli.Settings();

  @Override
  public Integer call() {
    ReconcileReport report;
    try (AuditDatabase db =
            AuditDatabase.open(
                AuditDbConfig.fromProperties(settings.db(cli)), "timecoin-reconcile", 1);
        TimeCoinLedger ledger =
            TimeCoinLedger.connect(LedgerConnectionConfig.fromProperties(settings.client(cli)))) {
      report = new Reconciler(db.jdbi(), new PeerChaincodeState(ledger)).reconcile();
    }
    PrintWriter out = spec.commandLine().getOut();
    Supply supply = report.supply();
    out.printf(
        "reconciled at block %d: %d accounts, %d entries, %d vouchers%n",
        report.currentToBlock(), report.accounts(), report.entries(), report.vouchers());
    out.printf(
        "supply (coins): minted %s, spent on help %s, burnt for vouchers %s, reversed %s,"
            + " balances %s%n",
        coins(supply.mintedUnits()),
        coins(supply.spentUnits()),
        coins(supply.burnedForVouchersUnits()),
        coins(supply.reversedUnits()),
        coins(supply.balancesUnits()));
    if (report.movedOn() > 0) {
      out.printf(
          "%d accounts changed on the ledger after block %d: compared up to it%n",
          report.movedOn(), report.currentToBlock());
    }
    if (report.agrees()) {
      out.println("all agrees");
      return 0;
    }
    out.printf("%d differences:%n", report.differences().size());
    for (Difference difference : report.differences()) {
      out.println("  " + difference);
    }
    return 1;
  }

  private static String coins(long units) {
    return (units < 0 ? "-" : "")
        + Math.abs(units) / 100
        + "."
        + String.format("%02d", Math.abs(units) % 100);
  }
}
