package io.timecoin.chaincode.store;

/**
 * Stored in the voucher indexes: which voucher a row stands for.
 *
 * @param voucherId the voucher
 */
record VoucherRef(String voucherId) {}
