package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadRequestsTest {

  @Test
  void api_earning_body_has_the_request_fields_without_the_request_id() {
    RecordEarningRequest r = Requests.earning("brun", "w2c4", "brun-w2-3", 17);

    String body = W2ApiEarnings.body(r);

    assertThat(body)
        .contains("\"volunteerId\":\"brun-w2-3\"")
        .contains("\"activityId\":\"brun:w2c4:17\"")
        .contains("\"minutes\":60")
        .contains("\"coins\":\"0.01\"")
        // the branch comes from the signing operator's certificate, not from the request
        .doesNotContain("verifier")
        .contains("\"evidenceHash\":\"" + r.evidenceHash() + "\"")
        .contains("\"category\":\"bench\"")
        .doesNotContain("requestId");
  }

  @Test
  void requests_of_one_run_never_share_ids() {
    RecordEarningRequest a = Requests.earning("brun", "w1c1", "v", 1);
    RecordEarningRequest b = Requests.earning("brun", "w1c4", "v", 1);

    assertThat(a.requestId()).isNotEqualTo(b.requestId());
    assertThat(a.activityId()).isNotEqualTo(b.activityId());
    assertThat(a.evidenceHash()).hasSize(64).isNotEqualTo(b.evidenceHash());
  }

  @Test
  void mixed_workload_is_four_earn_two_pay_one_voucher_three_read_in_ten() {
    Map<W6Mixed.Kind, Integer> counts = new EnumMap<>(W6Mixed.Kind.class);
    for (long seq = 0; seq < 1_000; seq++) {
      counts.merge(W6Mixed.Kind.of(seq), 1, Integer::sum);
    }

    assertThat(counts)
        .containsEntry(W6Mixed.Kind.EARN, 400)
        .containsEntry(W6Mixed.Kind.PAY_FOR_HELP, 200)
        .containsEntry(W6Mixed.Kind.VOUCHER_PURCHASE, 100)
        .containsEntry(W6Mixed.Kind.READ, 300);
  }

  /**
   * A volunteer may hold one ACTIVE voucher per product: over every schedule length, no two
   * purchases share (account, product), and every product a purchase names was defined.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 7, 10, 639, 640, 641, 1_283, 2_700, 10_001})
  void voucher_purchases_never_buy_a_product_twice_for_one_account(long requests) {
    int products = W6Mixed.productsFor(requests);
    Set<String> bought = new HashSet<>();
    for (long seq = 0; seq < requests; seq++) {
      if (W6Mixed.Kind.of(seq) != W6Mixed.Kind.VOUCHER_PURCHASE) {
        continue;
      }
      long k = W6Mixed.purchaseNumber(seq);
      long account = k % W6Mixed.ACCOUNTS;
      long product = k / W6Mixed.ACCOUNTS;
      assertThat(product).isLessThan(products);
      assertThat(bought.add(account + "/" + product)).as("purchase %d repeats", seq).isTrue();
    }
    assertThat((long) products).isLessThanOrEqualTo(1 + requests / 640);
  }

  @Test
  void voucher_product_and_purchase_requests_are_valid_and_distinct_per_run_and_rate() {
    String runId = "b" + Long.toString(1_795_000_000L, 36);

    DefineVoucherProductRequest product = Requests.voucherProduct(runId, "w6r90", 3);
    PurchaseVoucherRequest purchase =
        Requests.voucherPurchase(runId, "w6r90", runId + "-w6-5", product.code(), 47);

    assertThat(product.code()).isEqualTo(runId + "-w6r90-p3").matches("[A-Za-z0-9_-]{1,64}");
    assertThat(product.priceCoins()).isEqualTo(CoinAmount.parse("0.01"));
    assertThat(Requests.voucherProduct(runId, "w6r50", 3).code()).isNotEqualTo(product.code());
    assertThat(purchase.requestId()).isEqualTo(runId + ":w6r90:47");
    assertThat(purchase.productCode()).isEqualTo(product.code());
  }
}
