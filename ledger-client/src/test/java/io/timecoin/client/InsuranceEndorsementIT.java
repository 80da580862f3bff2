package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EntryView;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.Transactions;
import io.timecoin.model.VoucherPurchaseView;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Insurance writes through the typed client on the real network: the client names the platform's
 * and the insurer's peers as endorsers (the keys' key-level policy), so no purchase or claim is
 * left to a gateway plan of Platform+Auditor and invalidated at commit; and a replayed write
 * answers the transaction that actually wrote, not a transaction of its own.
 */
class InsuranceEndorsementIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final int WRITERS = 4;
  private static final int PURCHASES_PER_WRITER = 10;

  private static TimeCoinLedger platform;
  private static TimeCoinLedger insurer;

  @BeforeAll
  static void connect() {
    platform = connect("platform");
    insurer = connect("insurer");
  }

  @AfterAll
  static void close() {
    Stream.of(platform, insurer).filter(c -> c != null).forEach(TimeCoinLedger::close);
  }

  @Test
  void forty_purchases_and_forty_claims_from_concurrent_writers_all_commit() throws Exception {
    // A volunteer holds one active voucher per product, so each writer buys one of each.
    String prefix = "END-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<String> products = new ArrayList<>();
    for (int p = 0; p < PURCHASES_PER_WRITER; p++) {
      products.add(prefix + p);
      insurer.defineVoucherProduct(
          new DefineVoucherProductRequest(
              id(), prefix + p, CoinAmount.parse("0.01"), 1, MoneyAmount.parse("1.00"), "EUR"));
    }
    Map<String, Throwable> failures = new ConcurrentHashMap<>();
    List<String> claims = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        done.add(writers.submit(() -> buyAndClaim(products, failures, claims)));
      }
      for (Future<?> writer : done) {
        writer.get(10, TimeUnit.MINUTES);
      }
    } finally {
      writers.shutdownNow();
    }

    assertThat(failures).as("insurance writes that did not commit").isEmpty();
    assertThat(claims).hasSize(WRITERS * PURCHASES_PER_WRITER).doesNotHaveDuplicates();
  }

  @Test
  void a_replayed_write_answers_the_transaction_that_wrote_it() {
    String volunteer = volunteerWith("1.00");
    RecordEarningRequest earning =
        new RecordEarningRequest(
            id(),
            volunteer,
            "replay-walk",
            30,
            CoinAmount.parse("0.50"),
            "branch-7",
            EVIDENCE,
            "x");

    Committed<EntryView> first = platform.recordEarning(earning);
    Committed<EntryView> replay = platform.recordEarning(earning);
    Committed<EntryView> replayAsync =
        platform.submitAsync(Transactions.RECORD_EARNING, earning).committed();

    for (Committed<EntryView> again : List.of(replay, replayAsync)) {
      assertThat(again.transactionId()).isEqualTo(first.transactionId());
      assertThat(again.blockNumber()).isEqualTo(first.blockNumber());
      assertThat(again.value()).isEqualTo(first.value());
    }
    RequestView recorded = platform.resolve(earning.requestId()).orElseThrow();
    assertThat(recorded.txId()).isEqualTo(first.transactionId());
    assertThat(platform.getAccount(volunteer).entryCount()).isEqualTo(2);
  }

  @Test
  void a_replayed_insurance_write_answers_the_purchase_that_wrote_it() {
    String product = "RPL-" + UUID.randomUUID().toString().substring(0, 8);
    insurer.defineVoucherProduct(
        new DefineVoucherProductRequest(
            id(), product, CoinAmount.parse("0.01"), 1, MoneyAmount.parse("1.00"), "EUR"));
    String volunteer = volunteerWith("1.00");
    PurchaseVoucherRequest purchase = new PurchaseVoucherRequest(id(), volunteer, product);

    Committed<VoucherPurchaseView> first = platform.purchaseVoucher(purchase);
    Committed<VoucherPurchaseView> replay = platform.purchaseVoucher(purchase);

    assertThat(replay.transactionId()).isEqualTo(first.transactionId());
    assertThat(replay.blockNumber()).isEqualTo(first.blockNumber());
    assertThat(replay.value()).isEqualTo(first.value());
    assertThat(platform.listVouchers(volunteer).vouchers()).hasSize(1);
  }

  private static void buyAndClaim(
      List<String> products, Map<String, Throwable> failures, List<String> claims) {
    String volunteer = volunteerWith("1.00");
    for (int i = 0; i < products.size(); i++) {
      try {
        VoucherPurchaseView bought =
            platform
                .purchaseVoucher(new PurchaseVoucherRequest(id(), volunteer, products.get(i)))
                .value();
        Committed<ClaimView> filed =
            platform.fileClaim(
                new FileClaimRequest(
                    id(),
                    volunteer,
                    bought.voucher().voucherId(),
                    OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    MoneyAmount.parse("0.50"),
                    "act-" + i,
                    EVIDENCE),
                new ClaimPrivateDetails(
                    "grazed a knee", List.of(EVIDENCE), "payout-1", "it-salt-0123456789ab"));
        claims.add(filed.value().claimId());
      } catch (LedgerException e) {
        failures.put(volunteer + "#" + i, e);
      }
    }
  }

  private static String volunteerWith(String coins) {
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    platform.registerVolunteer(new RegisterVolunteerRequest(id(), volunteer));
    platform.recordEarning(
        new RecordEarningRequest(
            id(), volunteer, "first-aid", 60, CoinAmount.parse(coins), "branch-7", EVIDENCE, "x"));
    return volunteer;
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
