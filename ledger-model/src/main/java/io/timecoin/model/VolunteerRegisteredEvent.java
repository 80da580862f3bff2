package io.timecoin.model;

/**
 * Payload of the {@link EventNames#VOLUNTEER_REGISTERED} chaincode event.
 *
 * @param volunteerId the new account
 * @param requestId the request that registered it
 * @param createdAt ISO-8601 UTC transaction timestamp
 */
public record VolunteerRegisteredEvent(String volunteerId, String requestId, String createdAt) {

  public VolunteerRegisteredEvent {
    Fields.required(volunteerId, "volunteerId");
    Fields.required(requestId, "requestId");
    Fields.required(createdAt, "createdAt");
  }
}
