package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#VOID_VOUCHER}: the insurer ends an ACTIVE voucher early (e.g.
 * it was bought in breach of the terms). No new claims can be filed and no claim approved on a
 * VOIDED voucher; claims already approved can still be paid, and filed ones rejected. The coins are
 * not returned by the void.
 *
 * @param requestId client-chosen idempotency key
 * @param voucherId the voucher
 * @param reason why, without personal data
 */
public record VoidVoucherRequest(String requestId, String voucherId, String reason)
    implements WriteRequest {

  public VoidVoucherRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    InsuranceFields.requireVoucherId(Fields.required(voucherId, "voucherId"));
    FreeText.requireReason(reason);
  }
}
