package io.timecoin.chaincode.store;

/**
 * The sum of a project's donation rows up to a row, and what it cost to compute.
 *
 * @param lastKey the last row counted, {@code ""} if none
 * @param raisedHearts hearts in the rows
 * @param donations number of rows
 * @param donors rows that were their donor's first to the project
 * @param checkpointedDonations rows taken from the checkpoint rather than read
 * @param rowsRead rows read to compute it
 */
public record Tally(
    String lastKey,
    long raisedHearts,
    long donations,
    long donors,
    long checkpointedDonations,
    long rowsRead) {}
