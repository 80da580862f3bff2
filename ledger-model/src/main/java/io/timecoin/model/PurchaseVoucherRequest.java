package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#PURCHASE_VOUCHER}: a volunteer exchanges coins for a voucher
 * of an active product. The price is burnt from the volunteer's balance.
 *
 * @param requestId client-chosen idempotency key
 * @param volunteerId the buyer
 * @param productCode the product bought
 */
public record PurchaseVoucherRequest(String requestId, String volunteerId, String productCode)
    implements WriteRequest {

  public PurchaseVoucherRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    InsuranceFields.requireProductCode(Fields.required(productCode, "productCode"));
  }
}
