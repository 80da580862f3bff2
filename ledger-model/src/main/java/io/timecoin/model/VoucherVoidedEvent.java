package io.timecoin.model;

/** Payload of {@link EventNames#VOUCHER_VOIDED}; the reason stays on the voucher. */
public record VoucherVoidedEvent(String voucherId, String volunteerId) {}
