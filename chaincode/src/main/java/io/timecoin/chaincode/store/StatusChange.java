package io.timecoin.chaincode.store;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.Recorder;

/**
 * Stored under {@code statuschange [volunteerId, txId]} for every status change, so that the reason
 * stays on the ledger (the account itself keeps only its current status).
 *
 * @param volunteerId the account
 * @param from the status before
 * @param to the status after
 * @param reason why
 * @param txId the changing transaction
 * @param changedAt its timestamp
 * @param changedBy its submitter
 */
public record StatusChange(
    String volunteerId,
    AccountStatus from,
    AccountStatus to,
    String reason,
    String txId,
    String changedAt,
    Recorder changedBy) {}
