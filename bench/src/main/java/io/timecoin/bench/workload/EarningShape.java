package io.timecoin.bench.workload;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The key set of one {@code RecordEarning}, as W0K copies it: how many keys it reads and writes and
 * how long their values are. Measured on 2026-11-30 (main at 48f10b3) by recording an earning with
 * W1's ids (run id, {@code <run>:rampw1:<seq>} request and activity, {@code <run>-rampw1-<n>}
 * volunteer, 64-hex evidence hash, category "bench") through the chaincode over its in-memory stub
 * and reading back each value written, with the stub's short transaction ids grown to Fabric's 64
 * hex characters (the entry and the request record carry the entry id and the transaction id).
 * chaincode/README.md ("What an earning costs") says why each key exists. If the chaincode's stored
 * forms change, these figures should be measured again. Since the daily total moved into the
 * account (costcut2), the daily total's key is gone from both lists and the account is 51 bytes
 * longer (its {@code earnedDays} holding one day of 0.01 coins; a few more digits as a worker's
 * account earns on).
 */
final class EarningShape {

  /**
   * Value lengths of the keys an earning reads, in its order: operator registry row, request
   * record, account, current policy, activity marker. On the bench network only the account and the
   * policy exist; the operator row (no operator was ever suspended), the request and the activity
   * are new, and reading a missing key costs less. W0K reads five keys that exist, so its reads are
   * an upper bound of Fabric's cost for the earning's.
   */
  static final List<Integer> READ_VALUE_BYTES = List.of(350, 1100, 260, 340, 80);

  /**
   * Value lengths of the keys an earning writes: account (257 bytes, with its daily total), entry
   * (752), entry-by-id index (50), entry-by-time index (50), activity marker (80), request record
   * (1103, which repeats the entry as its result); about 2,290 bytes in all.
   */
  static final List<Integer> WRITE_VALUE_BYTES = List.of(260, 750, 50, 50, 80, 1100);

  private EarningShape() {}

  /** The keys read. */
  static int reads() {
    return READ_VALUE_BYTES.size();
  }

  /** The keys written. */
  static int writes() {
    return WRITE_VALUE_BYTES.size();
  }

  /** {@code lengths} as PutShaped's valueBytes argument: {@code 210,750,50}. */
  static String argument(List<Integer> lengths) {
    return lengths.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
