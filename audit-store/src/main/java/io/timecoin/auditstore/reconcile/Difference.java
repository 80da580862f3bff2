package io.timecoin.auditstore.reconcile;

/**
 * One place where what should agree does not.
 *
 * @param kind what disagrees, e.g. {@code BALANCE_AFTER}, {@code ACCOUNT_VS_PEER}
 * @param subject the account (pseudonymous volunteer id), voucher id, or {@code supply}
 * @param firstEntryId the first entry (by sequence) where the two part, {@code null} if the
 *     difference is not in an entry
 * @param detail what was expected and what was found
 */
public record Difference(String kind, String subject, String firstEntryId, String detail) {

  @Override
  public String toString() {
    return kind
        + " "
        + subject
        + (firstEntryId == null ? "" : " at entry " + firstEntryId)
        + ": "
        + detail;
  }
}
