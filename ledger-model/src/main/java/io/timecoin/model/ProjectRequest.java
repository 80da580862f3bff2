package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#CLOSE_PROJECT} and {@link
 * TransactionNames#CHECKPOINT_PROGRESS}: a write about one project.
 *
 * @param requestId client-chosen idempotency key
 * @param projectId the project
 */
public record ProjectRequest(String requestId, String projectId) implements WriteRequest {

  public ProjectRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    HeartsFields.requireProjectId(projectId);
  }
}
