package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherStatus;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every voucher and claim transaction and query through the typed client ({@link TimeCoinLedger})
 * on the real network: results are typed views, private details go in as a typed record and come
 * back only to members, refusals are typed exceptions with their code.
 */
class VoucherLedgerIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static TimeCoinLedger platform;
  private static TimeCoinLedger insurer;
  private static TimeCoinLedger auditor;

  @BeforeAll
  static void connect() {
    platform = connect("platform");
    insurer = connect("insurer");
    auditor = connect("auditor");
  }

  @AfterAll
  static void close() {
    Stream.of(platform, insurer, auditor).filter(c -> c != null).forEach(TimeCoinLedger::close);
  }

  @Test
  void every_voucher_and_claim_call_works_through_the_typed_client() {
    String code = "TYPED-" + UUID.randomUUID().toString().substring(0, 8);
    settled(
        insurer
            .defineVoucherProduct(
                new DefineVoucherProductRequest(
                    id(), code, CoinAmount.parse("3.00"), 30, MoneyAmount.parse("900.00"), "CNY"))
            .value()
            .code(),
        () -> platform.getProduct(code));
    assertThat(auditor.listProducts().products()).extracting(p -> p.code()).contains(code);

    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    platform.registerVolunteer(new RegisterVolunteerRequest(id(), volunteer));
    platform.recordEarning(
        new RecordEarningRequest(
            id(),
            volunteer,
            "first-aid",
            60,
            CoinAmount.parse("6.00"),
            "branch-7",
            EVIDENCE,
            "training"));
    VoucherPurchaseView bought =
        platform.purchaseVoucher(new PurchaseVoucherRequest(id(), volunteer, code)).value();
    String voucherId = bought.voucher().voucherId();
    settled(voucherId, () -> auditor.getVoucher(voucherId));
    assertThat(auditor.listVouchers(volunteer).vouchers()).hasSize(1);

    ClaimPrivateDetails details =
        new ClaimPrivateDetails(
            "cut a finger", List.of(EVIDENCE), "payout-ref-7", "typed-salt-0123456789");
    Committed<ClaimView> filed =
        platform.fileClaim(
            new FileClaimRequest(
                id(),
                volunteer,
                voucherId,
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                MoneyAmount.parse("80.00"),
                "act-1",
                EVIDENCE),
            details);
    String claimId = filed.value().claimId();
    settled(claimId, () -> insurer.getClaim(claimId));
    settled(claimId, () -> auditor.getClaim(claimId));
    assertThat(insurer.getClaimPrivate(claimId).details()).isEqualTo(details);
    assertThat(auditor.getClaim(claimId).privateDetailsHash())
        .isEqualTo(platform.getClaimPrivate(claimId).hash());
    LedgerRejectedException denied =
        catchThrowableOfType(LedgerRejectedException.class, () -> auditor.getClaimPrivate(claimId));
    assertThat(denied.code()).isEqualTo(ErrorCode.ACCESS_DENIED);

    ClaimView approved =
        insurer
            .decideClaim(
                new DecideClaimRequest(
                    id(), claimId, ClaimDecision.APPROVED, MoneyAmount.parse("80.00"), "covered"))
            .value();
    assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
    ClaimView paid =
        insurer.markClaimPaid(new MarkClaimPaidRequest(id(), claimId, "PAY-TYPED")).value();
    assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
    assertThat(insurer.listClaims(new ListClaimsRequest(ClaimStatus.PAID, 200, null)).claims())
        .extracting(ClaimView::claimId)
        .contains(claimId);

    assertThat(
            insurer
                .voidVoucher(new VoidVoucherRequest(id(), voucherId, "terms breached"))
                .value()
                .status())
        .isEqualTo(VoucherStatus.VOIDED);
    assertThat(
            insurer
                .setProductActive(new SetProductActiveRequest(id(), code, false))
                .value()
                .active())
        .isFalse();
  }

  /** Waits until {@code read} stops failing (another org's peer has committed the write). */
  private static void settled(String what, Runnable read) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      try {
        read.run();
        return;
      } catch (LedgerRejectedException e) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(what + " did not reach the other peer within 20 s", e);
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private static String id() {
    return "it-req:" + UUID.randomUUID();
  }

  private static TimeCoinLedger connect(String org) {
    Path clients =
        Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients");
    return TimeCoinLedger.connect(
        LedgerConnectionConfig.fromProperties(clients.resolve(org + ".properties")));
  }
}
