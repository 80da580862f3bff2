package io.timecoin.chaincode.domain;

import io.timecoin.model.EntryView;
import io.timecoin.model.RecordEarningRequest;

/** The references an entry carries besides its amount; which ones are set depends on the type. */
record EntryDetails(
    String counterpartyId,
    String activityId,
    Integer minutes,
    String category,
    String evidenceHash,
    String verifier,
    String helpRequestId,
    String reversedEntryId,
    String memo,
    String reason) {

  /** An earning, verified by {@code branch} (from the verifier's certificate). */
  static EntryDetails earning(RecordEarningRequest request, String branch) {
    return new EntryDetails(
        null,
        request.activityId(),
        request.minutes(),
        request.category(),
        request.evidenceHash(),
        branch,
        null,
        null,
        null,
        null);
  }

  static EntryDetails payment(String counterpartyId, String helpRequestId, String memo) {
    return new EntryDetails(
        counterpartyId, null, null, null, null, null, helpRequestId, null, memo, null);
  }

  /** A voucher purchase refers to nothing on the entry; the voucher refers to the entry. */
  static EntryDetails voucherPurchase() {
    return new EntryDetails(null, null, null, null, null, null, null, null, null, null);
  }

  static EntryDetails reversal(EntryView original, String reason) {
    return new EntryDetails(
        original.counterpartyId(),
        null,
        null,
        null,
        null,
        null,
        null,
        original.entryId(),
        null,
        reason);
  }
}
