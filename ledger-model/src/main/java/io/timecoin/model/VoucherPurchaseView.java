package io.timecoin.model;

/**
 * Result of {@link TransactionNames#PURCHASE_VOUCHER}: the new voucher and the entry that burnt its
 * price.
 *
 * @param voucher the voucher, ACTIVE
 * @param entry the VOUCHER_PURCHASE entry on the buyer's account
 */
public record VoucherPurchaseView(VoucherView voucher, EntryView entry) {

  public VoucherPurchaseView {
    Fields.required(voucher, "voucher");
    Fields.required(entry, "entry");
  }
}
