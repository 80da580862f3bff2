package io.timecoin.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Random sequences of purchases, claims, decisions, payments, voids and the passing of time keep
 * two invariants: no voucher ever has more approved than its coverage limit (and its remaining
 * cover is exactly the limit minus what was approved), and the coins burnt (minted minus what the
 * accounts hold) are exactly the prices of the vouchers that exist. Refusals carry a code.
 */
class VoucherPropertyTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;
  private static final Identity INSURER = ContractHarness.INSURER;
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");
  private static final List<String> VOLUNTEERS = List.of("v0", "v1", "v2");
  private static final List<String> PRODUCTS = List.of("P0", "P1");
  private static final List<String> KINDS =
      List.of("purchase", "file", "approve", "reject", "pay", "void", "reverse");

  /** One step: what to do and the raw numbers it picks its arguments from. */
  record Op(int kind, int a, int b, long amount, int hours) {}

  @Property(tries = 60)
  void coverage_is_never_over_paid_and_burnt_coins_match_voucher_prices(
      @ForAll("operations") List<Op> operations) {
    ContractHarness ledger = ContractHarness.standard();
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy"));
    for (String id : VOLUNTEERS) {
      ledger.registerVolunteer(PLATFORM, ContractHarness.registration("reg-" + id, id));
      ledger.recordEarning(PLATFORM, ContractHarness.earning("earn-" + id, id, "a-" + id, "100"));
    }
    ledger.defineVoucherProduct(INSURER, VoucherFixtures.product("p0", "P0", "30", 10, "50.00"));
    ledger.defineVoucherProduct(INSURER, VoucherFixtures.product("p1", "P1", "45.50", 3, "7.25"));
    List<VoucherView> vouchers = new ArrayList<>();
    List<ClaimView> claims = new ArrayList<>();
    Map<String, String> entryOfVoucher = new HashMap<>();
    // Every volunteer starts with a voucher, so that claims come from the first step on.
    for (String id : VOLUNTEERS) {
      VoucherPurchaseView bought =
          LedgerJson.read(
              ledger.purchaseVoucher(PLATFORM, VoucherFixtures.purchase("buy-" + id, id, "P0")),
              VoucherPurchaseView.class);
      vouchers.add(bought.voucher());
      entryOfVoucher.put(bought.voucher().voucherId(), bought.entry().entryId());
    }
    for (int i = 0; i < operations.size(); i++) {
      Op op = operations.get(i);
      ledger.advance(Duration.ofHours(op.hours()));
      String requestId = "r" + i;
      try {
        boolean ran = step(ledger, op, requestId, vouchers, claims, entryOfVoucher);
        Statistics.label("outcome").collect(KINDS.get(op.kind()), ran ? "ok" : "nothing to act on");
      } catch (ChaincodeException e) {
        Statistics.label("outcome")
            .collect(KINDS.get(op.kind()), LedgerErrors.codeOf(e.getMessage()).orElse(null));
        assertThat(LedgerErrors.codeOf(e.getMessage()))
            .as("refusal with a code: %s", e.getMessage())
            .isPresent()
            .get()
            .isNotEqualTo(ErrorCode.INTERNAL_ERROR);
      }
      assertCoverNeverOverPaid(ledger, vouchers, claims);
    }
    assertBurntEqualsPrices(ledger);
  }

  /** Runs one step; false if there was nothing to act on yet. */
  private static boolean step(
      ContractHarness ledger,
      Op op,
      String requestId,
      List<VoucherView> vouchers,
      List<ClaimView> claims,
      Map<String, String> entryOfVoucher) {
    String volunteer = VOLUNTEERS.get(op.a() % VOLUNTEERS.size());
    switch (op.kind()) {
      case 0 -> {
        VoucherPurchaseView bought =
            LedgerJson.read(
                ledger.purchaseVoucher(
                    PLATFORM,
                    VoucherFixtures.purchase(
                        requestId, volunteer, PRODUCTS.get(op.b() % PRODUCTS.size()))),
                VoucherPurchaseView.class);
        vouchers.add(bought.voucher());
        entryOfVoucher.put(bought.voucher().voucherId(), bought.entry().entryId());
      }
      case 1 -> {
        if (vouchers.isEmpty()) {
          return false;
        }
        VoucherView voucher = vouchers.get(op.b() % vouchers.size());
        // The incident happens at the filing's own instant: inside the cover while it lasts.
        String today = ledger.nextTimestamp().toString();
        claims.add(
            LedgerJson.read(
                ledger.fileClaim(
                    PLATFORM,
                    VoucherFixtures.claim(
                        requestId,
                        voucher.volunteerId(),
                        voucher.voucherId(),
                        today,
                        MoneyAmount.ofUnits(1 + op.amount()).toString(),
                        "act-" + (op.a() % 3)),
                    VoucherFixtures.details("incident " + requestId)),
                ClaimView.class));
      }
      case 2 -> {
        if (claims.isEmpty()) {
          return false;
        }
        ClaimView claim = claims.get(op.b() % claims.size());
        ledger.decideClaim(
            INSURER,
            VoucherFixtures.approve(
                requestId,
                claim.claimId(),
                // Mostly within the amount claimed, so that the cover limit is what is tested.
                MoneyAmount.ofUnits(1 + op.amount() % (claim.amountClaimed().units() + 1))
                    .toString()));
      }
      case 3 -> {
        if (claims.isEmpty()) {
          return false;
        }
        ledger.decideClaim(
            INSURER,
            VoucherFixtures.reject(requestId, claims.get(op.b() % claims.size()).claimId()));
      }
      case 4 -> {
        if (claims.isEmpty()) {
          return false;
        }
        ledger.markClaimPaid(
            INSURER, VoucherFixtures.paid(requestId, claims.get(op.b() % claims.size()).claimId()));
      }
      case 5 -> {
        if (vouchers.isEmpty()) {
          return false;
        }
        ledger.voidVoucher(
            INSURER,
            LedgerJson.write(
                new VoidVoucherRequest(
                    requestId, vouchers.get(op.b() % vouchers.size()).voucherId(), "void")));
      }
      default -> {
        // Trying to undo a purchase with a reversal must never give coins back.
        if (vouchers.isEmpty()) {
          return false;
        }
        String voucherId = vouchers.get(op.b() % vouchers.size()).voucherId();
        ledger.reverseEntry(
            PLATFORM, ContractHarness.reversal(requestId, entryOfVoucher.get(voucherId)));
      }
    }
    return true;
  }

  private static void assertCoverNeverOverPaid(
      ContractHarness ledger, List<VoucherView> vouchers, List<ClaimView> claims) {
    Map<String, Long> approved = new HashMap<>();
    for (ClaimView filed : claims) {
      ClaimView claim = LedgerJson.read(ledger.getClaim(AUDITOR, filed.claimId()), ClaimView.class);
      if (claim.status() == ClaimStatus.APPROVED || claim.status() == ClaimStatus.PAID) {
        approved.merge(claim.voucherId(), claim.approvedAmount().units(), Long::sum);
      }
    }
    for (VoucherView bought : vouchers) {
      VoucherView voucher =
          LedgerJson.read(ledger.getVoucher(AUDITOR, bought.voucherId()), VoucherView.class);
      long sum = approved.getOrDefault(voucher.voucherId(), 0L);
      assertThat(sum).isLessThanOrEqualTo(voucher.coverageLimit().units());
      assertThat(voucher.remainingCover().units()).isEqualTo(voucher.coverageLimit().units() - sum);
    }
  }

  private static void assertBurntEqualsPrices(ContractHarness ledger) {
    long minted = 100L * 100 * VOLUNTEERS.size();
    long held = 0;
    long prices = 0;
    for (String id : VOLUNTEERS) {
      held += LedgerJson.read(ledger.getAccount(AUDITOR, id), AccountView.class).balance().units();
      prices +=
          LedgerJson.read(ledger.listVouchers(AUDITOR, id), VoucherList.class).vouchers().stream()
              .map(VoucherView::coinsPaid)
              .mapToLong(CoinAmount::units)
              .sum();
    }
    assertThat(minted - held).isEqualTo(prices);
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50),
                Arbitraries.longs().between(0, 6000),
                Arbitraries.integers().between(0, 60))
            .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(30);
  }
}
