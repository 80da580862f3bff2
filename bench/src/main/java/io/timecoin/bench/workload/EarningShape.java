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
 * forms change, these figures should be measured again.
 */
final class EarningShape {

  /**
   * Value lengths of the keys an earning reads, in its order: operator registry row, request
   * record, account, current policy, activity marker, daily total. On the bench network only the
   * account, the policy and (after an account's first earning of the day) the daily total exist;
   * the operator row (no operator was ever suspended), the request and the activity are new, and
   * reading a missing key costs less. W0K reads six keys that exist, so its reads are an upper
   * bound of Fabric's cost for the earning's.
   */
  static final List<Integer> READ_VALUE_BYTES = List.of(350, 1100, 210, 340, 80, 16);

  /**
   * Value lengths of the keys an earning writes: account (206 bytes), entry (752), entry-by-id
   * index (50), entry-by-time index (50), activity marker (80), daily total (16), request record
   * (1103, which repeats the entry as its result); 2,256 bytes in all.
   */
  static final List<Integer> WRITE_VALUE_BYTES = List.of(210, 750, 50, 50, 80, 16, 1100);

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
