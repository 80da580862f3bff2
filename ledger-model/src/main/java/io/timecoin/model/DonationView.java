package io.timecoin.model;

/**
 * One donation row of a project, written once and never changed; also the result of {@link
 * TransactionNames#DONATE}. A project's progress is the sum of its rows.
 *
 * @param projectId the project
 * @param volunteerId the donor
 * @param hearts hearts given
 * @param firstForDonor whether this is the donor's first donation to the project (counts donors)
 * @param heartsEntryId the donor's DONATION entry
 * @param heartsBalanceAfter the donor's hearts after it
 * @param coinsCredited time coins the donation earned under the hearts policy (may be zero)
 * @param coinEntryId the EARN entry of those coins, or null when none were credited
 * @param requestId the request, scoped to the writing organisation
 * @param recordedBy the submitting identity
 * @param txId the transaction
 * @param recordedAt ISO-8601 UTC transaction timestamp
 */
public record DonationView(
    String projectId,
    String volunteerId,
    long hearts,
    boolean firstForDonor,
    String heartsEntryId,
    long heartsBalanceAfter,
    CoinAmount coinsCredited,
    String coinEntryId,
    String requestId,
    Recorder recordedBy,
    String txId,
    String recordedAt) {

  public DonationView {
    HeartsFields.requireProjectId(projectId);
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    HeartsFields.requireHearts(hearts, "hearts");
    Fields.required(heartsEntryId, "heartsEntryId");
    Fields.required(coinsCredited, "coinsCredited");
    Fields.required(requestId, "requestId");
    Fields.required(recordedBy, "recordedBy");
    Fields.required(txId, "txId");
    Fields.required(recordedAt, "recordedAt");
  }
}
