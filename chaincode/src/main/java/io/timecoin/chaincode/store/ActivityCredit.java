package io.timecoin.chaincode.store;

/**
 * Stored under {@code activity [volunteerId, activityId]} once the activity has been credited.
 *
 * @param entryId the EARN entry that credited it
 */
record ActivityCredit(String entryId) {}
