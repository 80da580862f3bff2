package io.timecoin.model;

/**
 * Payload of the {@link EventNames#ACCOUNT_STATUS_CHANGED} chaincode event. The reason is left out
 * on purpose: events travel further than the ledger, and a reason may say more than it should.
 *
 * @param volunteerId the account
 * @param status its new status
 */
public record AccountStatusChangedEvent(String volunteerId, AccountStatus status) {

  public AccountStatusChangedEvent {
    Fields.required(volunteerId, "volunteerId");
    Fields.required(status, "status");
  }
}
