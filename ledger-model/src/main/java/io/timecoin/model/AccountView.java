package io.timecoin.model;

/**
 * A volunteer account as stored on the ledger and returned by the chaincode.
 *
 * @param volunteerId pseudonymous id
 * @param status lifecycle state
 * @param balance coins available now
 * @param totalEarned sum of all EARN entries
 * @param totalSpent coins spent on help and vouchers
 * @param totalReceived coins received from other volunteers
 * @param totalGiven coins given to other volunteers
 * @param entryCount number of entries; also the sequence number of the latest entry
 * @param createdAt ISO-8601 UTC instant of the registering transaction's timestamp
 */
public record AccountView(
    String volunteerId,
    AccountStatus status,
    CoinAmount balance,
    CoinAmount totalEarned,
    CoinAmount totalSpent,
    CoinAmount totalReceived,
    CoinAmount totalGiven,
    long entryCount,
    String createdAt) {

  public AccountView {
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Fields.required(status, "status");
    Fields.required(balance, "balance");
    Fields.required(totalEarned, "totalEarned");
    Fields.required(totalSpent, "totalSpent");
    Fields.required(totalReceived, "totalReceived");
    Fields.required(totalGiven, "totalGiven");
    if (entryCount < 0) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "entryCount must not be negative");
    }
    Fields.required(createdAt, "createdAt");
  }
}
