package io.timecoin.chaincode.domain;

import io.timecoin.chaincode.domain.Account.Total;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.TransferRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Movements between accounts and their reversal. Each returns one posting per leg, leg 0 first;
 * either every leg is valid or the movement is refused as a whole.
 */
public final class Movements {

  private Movements() {}

  /** Both sides of a payment or transfer must be different accounts. */
  public static void requireDifferent(String payerId, String payeeId) {
    if (payerId.equals(payeeId)) {
      throw new LedgerValidationException(
          ErrorCode.SAME_ACCOUNT, "the paying and the receiving account must differ");
    }
  }

  /**
   * The requester pays the helper: leg 0 debits the requester (total spent), leg 1 credits the
   * helper (total received). Both entries are HELP_PAYMENT.
   */
  public static List<Posting> payForHelp(
      Account requester, Account helper, PayForHelpRequest request, TxStamp tx) {
    requireDifferent(requester.volunteerId(), helper.volunteerId());
    Posting paid =
        requester.debit(
            request.coins(),
            EntryType.HELP_PAYMENT,
            Total.SPENT,
            EntryDetails.payment(helper.volunteerId(), request.helpRequestId(), request.memo()),
            request.requestId(),
            tx,
            0);
    Posting received =
        helper.credit(
            request.coins(),
            EntryType.HELP_PAYMENT,
            Total.RECEIVED,
            EntryDetails.payment(requester.volunteerId(), request.helpRequestId(), request.memo()),
            request.requestId(),
            tx,
            1);
    return List.of(paid, received);
  }

  /** A gift: leg 0 debits the giver (total given), leg 1 credits the receiver (total received). */
  public static List<Posting> transfer(
      Account from, Account to, TransferRequest request, TxStamp tx) {
    requireDifferent(from.volunteerId(), to.volunteerId());
    Posting given =
        from.debit(
            request.coins(),
            EntryType.TRANSFER,
            Total.GIVEN,
            EntryDetails.payment(to.volunteerId(), null, request.memo()),
            request.requestId(),
            tx,
            0);
    Posting received =
        to.credit(
            request.coins(),
            EntryType.TRANSFER,
            Total.RECEIVED,
            EntryDetails.payment(from.volunteerId(), null, request.memo()),
            request.requestId(),
            tx,
            1);
    return List.of(given, received);
  }

  /**
   * Reverses every leg of one movement: {@code legs.get(i)} is original leg {@code i} and {@code
   * accounts.get(i)} the account it belongs to. REVERSAL entries are not reversible themselves.
   */
  public static List<Posting> reverse(
      List<EntryView> legs, List<Account> accounts, String reason, String requestId, TxStamp tx) {
    if (legs.isEmpty() || legs.size() != accounts.size()) {
      throw new IllegalArgumentException("one account per leg");
    }
    List<Posting> postings = new ArrayList<>();
    for (int leg = 0; leg < legs.size(); leg++) {
      EntryView original = legs.get(leg);
      if (original.type() == EntryType.REVERSAL) {
        throw new LedgerValidationException(
            ErrorCode.INVALID_ARGUMENT, "a REVERSAL entry cannot itself be reversed");
      }
      postings.add(accounts.get(leg).reverse(original, reason, requestId, tx, leg));
    }
    return List.copyOf(postings);
  }

  /**
   * A movement can be reversed once, and only if it is not itself a reversal.
   *
   * @param alreadyReversed whether the entry's transaction was reversed before
   */
  public static void requireReversible(EntryView entry, boolean alreadyReversed) {
    if (entry.type() == EntryType.REVERSAL) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "a REVERSAL entry cannot itself be reversed");
    }
    if (entry.type() == EntryType.VOUCHER_PURCHASE) {
      // Coins burnt for a voucher stay burnt while the voucher exists; undoing a purchase is the
      // insurer's VoidVoucher, never a reversal that would leave a paid-up voucher behind.
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "a VOUCHER_PURCHASE entry cannot be reversed");
    }
    if (alreadyReversed) {
      throw new LedgerValidationException(
          ErrorCode.ENTRY_ALREADY_REVERSED, "the movement of this entry was already reversed");
    }
  }

  /** Number of legs a movement of {@code type} has. */
  public static int legsOf(EntryType type) {
    return switch (type) {
      case HELP_PAYMENT, TRANSFER -> 2;
      default -> 1;
    };
  }
}
