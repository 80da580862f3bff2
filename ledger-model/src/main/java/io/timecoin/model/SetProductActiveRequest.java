package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#SET_PRODUCT_ACTIVE}: open or close a product for new
 * purchases. Vouchers already bought are not affected.
 *
 * @param requestId client-chosen idempotency key
 * @param code the product
 * @param active whether the product can be bought from now on
 */
public record SetProductActiveRequest(String requestId, String code, Boolean active)
    implements WriteRequest {

  public SetProductActiveRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    InsuranceFields.requireProductCode(Fields.required(code, "code"));
    Fields.required(active, "active");
  }
}
