package io.timecoin.model;

import java.util.List;

/**
 * Result of {@link TransactionNames#LIST_VOUCHERS}: every voucher of one volunteer, in voucher id
 * order, statuses as of the query.
 */
public record VoucherList(List<VoucherView> vouchers) {

  public VoucherList {
    vouchers = List.copyOf(Fields.required(vouchers, "vouchers"));
  }
}
