package io.timecoin.model;

/**
 * A voucher product as stored on the ledger.
 *
 * @param code the product's code
 * @param priceCoins coins one voucher costs
 * @param coverageDays length of a voucher's cover from its purchase
 * @param coverageLimit most money paid over all claims of one voucher
 * @param currency ISO 4217 currency of the cover
 * @param active whether it can be bought now
 * @param definedAt ISO-8601 UTC instant of the defining transaction
 * @param updatedAt ISO-8601 UTC instant of the latest change
 */
public record VoucherProductView(
    String code,
    CoinAmount priceCoins,
    int coverageDays,
    MoneyAmount coverageLimit,
    String currency,
    boolean active,
    String definedAt,
    String updatedAt) {

  public VoucherProductView {
    InsuranceFields.requireProductCode(Fields.required(code, "code"));
    Fields.required(priceCoins, "priceCoins");
    InsuranceFields.requireCoverageDays(coverageDays);
    Fields.required(coverageLimit, "coverageLimit");
    InsuranceFields.requireCurrency(Fields.required(currency, "currency"));
    Fields.required(definedAt, "definedAt");
    Fields.required(updatedAt, "updatedAt");
  }
}
