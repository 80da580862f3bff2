package io.timecoin.bench.workload;

import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.bench.load.ClosedLoopRunner;
import io.timecoin.bench.load.FixedRateRunner;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.io.PrintWriter;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the workloads share during one run: the settings, one long-lived platform ledger client
 * (shared by all workers, as an application would), the retry counter behind it, the insurer's
 * client when a workload needs one, the runners and where progress goes. Closed after the last
 * workload.
 */
public final class BenchContext implements AutoCloseable {

  /** Seconds between progress lines. */
  private static final int PROGRESS_SECONDS = 5;

  private final BenchSettings settings;
  private final PrintWriter out;
  private final LongAdder retries = new LongAdder();
  private final TimeCoinLedger platform;
  private final ClosedLoopRunner closedLoop;
  private final FixedRateRunner fixedRate;
  private double w1Max;
  private TimeCoinLedger insurer;
  private AuditDbConfig auditProjection;

  /** Connects the platform client of {@code settings.runDir()}. */
  public BenchContext(BenchSettings settings, PrintWriter out) {
    this.settings = settings;
    this.out = out;
    this.platform =
        connect(LedgerConnectionConfig.fromProperties(settings.clientConfig("platform")));
    this.closedLoop = new ClosedLoopRunner(out, PROGRESS_SECONDS);
    this.fixedRate = new FixedRateRunner(out, PROGRESS_SECONDS);
    this.w1Max = settings.w1MaxOverride();
  }

  /** The run's settings. */
  public BenchSettings settings() {
    return settings;
  }

  /** The platform's ledger client, shared by all workers. */
  public TimeCoinLedger platform() {
    return platform;
  }

  /**
   * The insurer's ledger client, connected on first use (only W6 needs it, to define the voucher
   * products the platform then sells).
   */
  public synchronized TimeCoinLedger insurer() {
    if (insurer == null) {
      insurer =
          TimeCoinLedger.connect(
              LedgerConnectionConfig.fromProperties(settings.clientConfig("insurer")));
    }
    return insurer;
  }

  /**
   * A further ledger client of the platform (e.g. an operator of its own), whose re-runs after read
   * conflicts count in {@link #retries()} like the shared client's. The caller closes it.
   */
  TimeCoinLedger connect(LedgerConnectionConfig config) {
    return TimeCoinLedger.connect(config, wait -> retries.increment());
  }

  /** Re-runs after read conflicts so far, over all requests of the platform client. */
  public long retries() {
    return retries.sum();
  }

  /** The closed-loop runner. */
  public ClosedLoopRunner closedLoop() {
    return closedLoop;
  }

  /** The fixed-rate runner. */
  public FixedRateRunner fixedRate() {
    return fixedRate;
  }

  /** The console, for runners that print progress lines of their own. */
  public PrintWriter out() {
    return out;
  }

  /** Prints a line to the console (not a log: this is the tool's output). */
  public void say(String line) {
    out.println(line);
    out.flush();
  }

  /** W1's best tx/s in this run, or the override; 0 if neither is known. */
  public double w1Max() {
    return w1Max;
  }

  /** Records W1's best tx/s for W6. */
  void w1Max(double txPerSecond) {
    if (settings.w1MaxOverride() == 0) {
      w1Max = txPerSecond;
    }
  }

  /**
   * The database A4 queries: A2's fresh projection of the whole chain if A2 ran, else the network's
   * own auditor database.
   */
  synchronized AuditDbConfig auditProjection() {
    return auditProjection != null
        ? auditProjection
        : AuditDbConfig.fromProperties(settings.audit().database());
  }

  /** Records the projection A2 made. */
  synchronized void auditProjection(AuditDbConfig database) {
    auditProjection = database;
  }

  @Override
  public synchronized void close() {
    platform.close();
    if (insurer != null) {
      insurer.close();
    }
  }
}
