package io.timecoin.model;

import java.util.List;

/** Result of {@link TransactionNames#LIST_PRODUCTS}: every product, active or not, by code. */
public record VoucherProductList(List<VoucherProductView> products) {

  public VoucherProductList {
    products = List.copyOf(Fields.required(products, "products"));
  }
}
