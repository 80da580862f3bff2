package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#RETURN_DONATIONS}: give back the next page of donations of an
 * EXPIRED or CANCELLED project, in row order.
 *
 * @param requestId client-chosen idempotency key
 * @param projectId the project
 * @param pageSize donations to return in this call, 1-200; absent means 200
 */
public record ReturnDonationsRequest(String requestId, String projectId, Integer pageSize)
    implements WriteRequest {

  public ReturnDonationsRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    HeartsFields.requireProjectId(projectId);
    HeartsFields.pageSize(pageSize);
  }
}
