package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#DEFINE_VOUCHER_PRODUCT}: a new insurance voucher product,
 * active from the start.
 *
 * @param requestId client-chosen idempotency key
 * @param code the product's code, never reused
 * @param priceCoins coins a volunteer pays (burns) for one voucher, more than zero
 * @param coverageDays length of the cover from the purchase, 1-3660 days
 * @param coverageLimit most money the insurer pays over all claims on one voucher, more than zero
 * @param currency ISO 4217 currency of the cover
 */
public record DefineVoucherProductRequest(
    String requestId,
    String code,
    CoinAmount priceCoins,
    Integer coverageDays,
    MoneyAmount coverageLimit,
    String currency)
    implements WriteRequest {

  public DefineVoucherProductRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    InsuranceFields.requireProductCode(Fields.required(code, "code"));
    Fields.required(priceCoins, "priceCoins");
    if (!priceCoins.isPositive()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_AMOUNT, "priceCoins must be greater than zero");
    }
    InsuranceFields.requireCoverageDays(coverageDays);
    InsuranceFields.requirePositive(coverageLimit, "coverageLimit");
    InsuranceFields.requireCurrency(Fields.required(currency, "currency"));
  }
}
