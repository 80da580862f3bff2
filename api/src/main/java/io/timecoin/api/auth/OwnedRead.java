package io.timecoin.api.auth;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.Transactions;
import java.util.EnumSet;
import java.util.Set;

/**
 * A read of one volunteer's own data. Staff of the orgs that may read it see every volunteer's; a
 * volunteer only their own. It is a type of its own so that it cannot be authorised without the
 * owner: {@code Authentication.requireOwner} and {@code Authentication.readOwned} take an {@code
 * OwnedRead} and the owner's volunteerId, {@code Authentication.require} does not take one at all.
 * A volunteer asking for another's data gets exactly the answer for data that does not exist.
 */
public enum OwnedRead {
  READ_ACCOUNT(Transactions.GET_ACCOUNT, ErrorCode.VOLUNTEER_NOT_FOUND),
  READ_ENTRIES(Transactions.LIST_ENTRIES, ErrorCode.VOLUNTEER_NOT_FOUND),
  READ_ENTRY(Transactions.GET_ENTRY, ErrorCode.ENTRY_NOT_FOUND),
  READ_VOUCHER(Transactions.GET_VOUCHER, ErrorCode.VOUCHER_NOT_FOUND),
  /**
   * The ledger lists nothing for an unknown volunteer; a stranger gets the same 404 as the account
   * route gives, so a volunteer token never learns whether another id exists.
   */
  READ_VOUCHERS(Transactions.LIST_VOUCHERS, ErrorCode.VOLUNTEER_NOT_FOUND),
  READ_CLAIM(Transactions.GET_CLAIM, ErrorCode.CLAIM_NOT_FOUND),
  READ_HEARTS(Transactions.GET_HEARTS_ACCOUNT, ErrorCode.VOLUNTEER_NOT_FOUND);

  private final Set<Role> allowed;
  private final ErrorCode strangerAnswer;

  OwnedRead(LedgerTransaction<?, ?> transaction, ErrorCode strangerAnswer) {
    Set<Role> roles = EnumSet.of(Role.VOLUNTEER);
    for (Role role : Role.values()) {
      if (Operation.staffMay(transaction, role)) {
        roles.add(role);
      }
    }
    this.allowed = roles;
    this.strangerAnswer = strangerAnswer;
  }

  /** Whether {@code role} may perform this read at all (a volunteer: for their own data). */
  public boolean allows(Role role) {
    return allowed.contains(role);
  }

  /** The not-found code a volunteer gets for another volunteer's data. */
  public ErrorCode strangerAnswer() {
    return strangerAnswer;
  }
}
