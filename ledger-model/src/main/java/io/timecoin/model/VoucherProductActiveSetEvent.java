package io.timecoin.model;

/** Payload of {@link EventNames#VOUCHER_PRODUCT_ACTIVE_SET}: a product opened or closed. */
public record VoucherProductActiveSetEvent(String code, boolean active) {}
