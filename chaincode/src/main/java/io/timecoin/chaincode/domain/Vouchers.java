package io.timecoin.chaincode.domain;

import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EntryType;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.VoucherProductView;
import io.timecoin.model.VoucherStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The rules for voucher products and for buying a voucher. */
public final class Vouchers {

  private Vouchers() {}

  /** The result of a purchase: the buyer's posting (account and entry) and the new voucher. */
  public record Purchase(Posting posting, Voucher voucher) {}

  /** A new, active product. */
  public static VoucherProductView define(DefineVoucherProductRequest request, TxStamp tx) {
    return new VoucherProductView(
        request.code(),
        request.priceCoins(),
        request.coverageDays(),
        request.coverageLimit(),
        request.currency(),
        true,
        tx.timestamp(),
        tx.timestamp());
  }

  /** The product opened or closed; asking for the state it has is refused. */
  public static VoucherProductView withActive(
      VoucherProductView product, boolean active, TxStamp tx) {
    if (product.active() == active) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_STATUS_CHANGE,
          "the product already is " + (active ? "active" : "inactive"));
    }
    return new VoucherProductView(
        product.code(),
        product.priceCoins(),
        product.coverageDays(),
        product.coverageLimit(),
        product.currency(),
        active,
        product.definedAt(),
        tx.timestamp());
  }

  /**
   * Burns the product's price from the buyer and creates a voucher whose cover starts now. The
   * product must be active, the buyer must not hold an ACTIVE voucher of it ({@code held} is the
   * buyer's latest voucher of the product), and the account must be ACTIVE with enough coins.
   */
  public static Purchase purchase(
      Account buyer,
      VoucherProductView product,
      Optional<Voucher> held,
      PurchaseVoucherRequest request,
      TxStamp tx) {
    if (!product.active()) {
      throw new LedgerValidationException(
          ErrorCode.PRODUCT_INACTIVE, "this voucher product is not on sale");
    }
    if (held.isPresent() && held.get().statusAt(tx.time()) == VoucherStatus.ACTIVE) {
      throw new LedgerValidationException(
          ErrorCode.VOUCHER_ALREADY_ACTIVE,
          "the volunteer already holds an ACTIVE voucher of this product");
    }
    Posting posting =
        buyer.debit(
            product.priceCoins(),
            EntryType.VOUCHER_PURCHASE,
            Account.Total.SPENT,
            EntryDetails.voucherPurchase(),
            request.requestId(),
            tx,
            0);
    Instant start = tx.time();
    Voucher voucher =
        new Voucher(
            tx.txId(),
            buyer.volunteerId(),
            product.code(),
            product.priceCoins(),
            product.coverageLimit(),
            product.coverageLimit(),
            product.currency(),
            start.toString(),
            start.plus(Duration.ofDays(product.coverageDays())).toString(),
            posting.entry().entryId(),
            null,
            null);
    return new Purchase(posting, voucher);
  }
}
