/**
 * The Put chaincode of the W0 and W0K baselines (a one-key {@code Put}, and {@code PutShaped} with
 * a timecoin write's key set) and its ccaas server; deployed only by scripts/bench, under its own
 * name and label, beside the timecoin chaincode.
 */
package io.timecoin.bench.putchaincode;
