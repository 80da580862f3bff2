package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#CANCEL_PROJECT}.
 *
 * @param requestId client-chosen idempotency key
 * @param projectId an OPEN project
 * @param reason why it is called off, at most 200 characters, never personal data
 */
public record CancelProjectRequest(String requestId, String projectId, String reason)
    implements WriteRequest {

  public CancelProjectRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    HeartsFields.requireProjectId(projectId);
    FreeText.requireReason(Fields.required(reason, "reason"));
  }
}
