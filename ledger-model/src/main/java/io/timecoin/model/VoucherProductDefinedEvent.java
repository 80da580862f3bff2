package io.timecoin.model;

/** Payload of {@link EventNames#VOUCHER_PRODUCT_DEFINED}. */
public record VoucherProductDefinedEvent(
    String code,
    CoinAmount priceCoins,
    int coverageDays,
    MoneyAmount coverageLimit,
    String currency) {}
