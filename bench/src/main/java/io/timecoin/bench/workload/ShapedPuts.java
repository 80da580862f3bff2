package io.timecoin.bench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hyperledger.fabric.client.Contract;

/**
 * W0K's requests: {@code PutShaped} calls of the bench's Put chaincode with an earning's key set
 * ({@link EarningShape}). Each worker has its own five keys to read, written once before measuring,
 * as each W1 worker has its own account: keys that exist (a missing key is cheaper to read) and
 * that nothing writes again, so no two requests conflict and no endorser can read a version the
 * other has not committed yet. Each request writes six new keys under its own sequence number.
 */
final class ShapedPuts {

  /** Set-up writes in flight at once. */
  private static final int SETUP_THREADS = 16;

  private final String prefix;

  /** The requests under {@code prefix}, without writing anything; {@link #prepare} writes. */
  ShapedPuts(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Writes the keys each of {@code workers} workers reads, side by side; returns when all are
   * committed. The first write goes alone: it proves the Put chaincode is deployed and has
   * PutShaped before the others are sent.
   *
   * @param prefix unique to the run and the workload, e.g. {@code <run id>:w0k:}.
   */
  static ShapedPuts prepare(Contract contract, String prefix, int workers) throws Exception {
    ShapedPuts puts = new ShapedPuts(prefix);
    contract.submitTransaction("PutShaped", puts.setUpArgs(0));
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(workers, SETUP_THREADS)));
    try {
      List<Future<byte[]>> done = new ArrayList<>();
      for (int w = 1; w < workers; w++) {
        String[] args = puts.setUpArgs(w);
        done.add(pool.submit(() -> contract.submitTransaction("PutShaped", args)));
      }
      for (Future<byte[]> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return puts;
  }

  /** The arguments of the write that creates {@code worker}'s keys to read. */
  String[] setUpArgs(int worker) {
    return new String[] {
      "", "0", readPrefix(worker), EarningShape.argument(EarningShape.READ_VALUE_BYTES)
    };
  }

  /**
   * The arguments of a request of {@code worker}: its five keys read, six new keys written under
   * {@code label}, which must be unique to the request (e.g. its sequence number).
   */
  String[] args(int worker, String label) {
    return new String[] {
      readPrefix(worker),
      Integer.toString(EarningShape.reads()),
      prefix + "w" + label + ":",
      EarningShape.argument(EarningShape.WRITE_VALUE_BYTES)
    };
  }

  private String readPrefix(int worker) {
    return prefix + "r" + worker + ":";
  }
}
