package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#REGISTER_VOLUNTEER}: open an account for a volunteer.
 *
 * @param requestId client-chosen idempotency key, see {@link Identifiers#requireRequestId}
 * @param volunteerId pseudonymous id assigned by the platform
 */
public record RegisterVolunteerRequest(String requestId, String volunteerId)
    implements WriteRequest {

  public RegisterVolunteerRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
  }
}
