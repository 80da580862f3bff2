package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#DONATE}: a volunteer gives hearts to an OPEN project.
 *
 * @param requestId client-chosen idempotency key; it also names the donation row
 * @param projectId the project
 * @param volunteerId the donor, who must hold at least {@code hearts}
 * @param hearts hearts given
 */
public record DonateRequest(String requestId, String projectId, String volunteerId, Long hearts)
    implements WriteRequest {

  public DonateRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    HeartsFields.requireProjectId(projectId);
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    HeartsFields.requireHearts(hearts, "hearts");
  }
}
