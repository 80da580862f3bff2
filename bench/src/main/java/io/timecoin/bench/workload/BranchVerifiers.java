package io.timecoin.bench.workload;

import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.identities.CaSettings;
import io.timecoin.identities.FabricCa;
import io.timecoin.identities.Operators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The earning verifiers A1 records earnings through, one per branch of {@link AuditLedgerPlan}. The
 * ledger takes an earning's verifier (its branch) from the caller's certificate and refuses a
 * request that names another ({@code VERIFIER_MISMATCH}), so earnings in several branches need
 * several operators: each is registered with role {@code earning-verifier} and its branch, and
 * enrolled, at the platform's CA of the network measured (as {@code timecoin identities register}
 * and {@code enroll} do), and gets a ledger client of its own (its own gateway connection). Closed
 * with the workload.
 */
final class BranchVerifiers implements AutoCloseable {

  private final List<String> branches;
  private final List<TimeCoinLedger> ledgers;

  private BranchVerifiers(List<String> branches, List<TimeCoinLedger> ledgers) {
    this.branches = List.copyOf(branches);
    this.ledgers = List.copyOf(ledgers);
  }

  /**
   * Registers and enrolls the {@link AuditLedgerPlan#BRANCHES} verifiers of run {@code runId} at
   * the platform CA of the network in {@code runDir} and connects a client for each.
   *
   * @throws io.timecoin.identities.IdentityError when the CA refuses or cannot be reached
   */
  static BranchVerifiers enrol(BenchContext context) {
    BenchSettings s = context.settings();
    Operators operators =
        new Operators(
            new FabricCa(
                CaSettings.read(
                    s.runDir().toAbsolutePath().resolve("ca/platform/ca-client.properties"))),
            "platform");
    List<String> branches = new ArrayList<>();
    List<TimeCoinLedger> ledgers = new ArrayList<>();
    try {
      for (int n = 0; n < AuditLedgerPlan.BRANCHES; n++) {
        String id = AuditLedgerPlan.operatorId(s.runId(), n);
        String branch = AuditLedgerPlan.branch(s.runId(), n);
        operators.register(id, "earning-verifier", branch);
        Path config = operators.enroll(id).clientConfig();
        ledgers.add(context.connect(LedgerConnectionConfig.fromProperties(config)));
        branches.add(branch);
      }
    } catch (RuntimeException e) {
      ledgers.forEach(TimeCoinLedger::close);
      throw e;
    }
    return new BranchVerifiers(branches, ledgers);
  }

  /** The client signing as the verifier of branch {@code n}. */
  TimeCoinLedger of(int n) {
    return ledgers.get(n);
  }

  /** The branch names, in the plan's order. */
  List<String> branches() {
    return branches;
  }

  @Override
  public void close() {
    ledgers.forEach(TimeCoinLedger::close);
  }
}
