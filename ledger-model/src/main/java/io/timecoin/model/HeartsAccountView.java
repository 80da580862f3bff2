package io.timecoin.model;

/**
 * The hearts of one volunteer: the second unit of the account, kept under its own key so that a
 * donation never touches the coin account unless it credits coins. Totals only grow.
 *
 * @param volunteerId the account's volunteer
 * @param unit always {@link LedgerUnit#HEARTS}
 * @param balance hearts held now
 * @param totalEarned hearts ever earned
 * @param totalDonated hearts ever donated
 * @param totalReturned hearts given back from EXPIRED or CANCELLED projects
 * @param entryCount number of hearts entries; also the sequence of the latest one
 */
public record HeartsAccountView(
    String volunteerId,
    LedgerUnit unit,
    long balance,
    long totalEarned,
    long totalDonated,
    long totalReturned,
    long entryCount) {

  public HeartsAccountView {
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    if (Fields.required(unit, "unit") != LedgerUnit.HEARTS) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "unit must be HEARTS");
    }
    HeartsFields.requireNotNegative(balance, "balance");
    HeartsFields.requireNotNegative(totalEarned, "totalEarned");
    HeartsFields.requireNotNegative(totalDonated, "totalDonated");
    HeartsFields.requireNotNegative(totalReturned, "totalReturned");
    HeartsFields.requireNotNegative(entryCount, "entryCount");
  }

  /** An account with no hearts yet. */
  public static HeartsAccountView empty(String volunteerId) {
    return new HeartsAccountView(volunteerId, LedgerUnit.HEARTS, 0, 0, 0, 0, 0);
  }
}
