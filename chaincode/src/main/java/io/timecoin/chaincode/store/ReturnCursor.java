package io.timecoin.chaincode.store;

/**
 * Stored under {@code projectreturn [projectId]}: how far the donations of an EXPIRED or CANCELLED
 * project have been given back.
 *
 * @param lastKey the last row returned; {@code ""} before any
 * @param returned rows returned
 */
record ReturnCursor(String lastKey, long returned) {

  static final ReturnCursor NONE = new ReturnCursor("", 0);
}
