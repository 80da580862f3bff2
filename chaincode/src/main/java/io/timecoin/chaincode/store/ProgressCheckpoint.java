package io.timecoin.chaincode.store;

/**
 * Stored under {@code progress [projectId]}: the totals of a project's donation rows up to and
 * including {@code lastKey} (in key order), so that progress reads only the rows after it.
 *
 * @param lastKey the last row counted; {@code ""} before any
 * @param raisedHearts hearts in the rows counted
 * @param donations rows counted
 * @param donors rows counted that were their donor's first to the project
 */
record ProgressCheckpoint(String lastKey, long raisedHearts, long donations, long donors) {

  static final ProgressCheckpoint NONE = new ProgressCheckpoint("", 0, 0, 0);
}
