package io.timecoin.bench.workload;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The requests workloads send, with ids built from the run id so that no two requests of any run
 * share a requestId or activityId. Volunteer ids are synthetic ({@code <run>-<purpose>-<n>}): no
 * personal data.
 */
final class Requests {

  /** One earning is 0.01 coins: small enough that no workload runs into a cap or a balance. */
  static final CoinAmount EARNING = CoinAmount.ofUnits(1);

  private Requests() {}

  static String volunteer(String runId, String purpose, int n) {
    return runId + "-" + purpose + "-" + n;
  }

  static RegisterVolunteerRequest register(String runId, String volunteerId) {
    return new RegisterVolunteerRequest(runId + ":reg:" + volunteerId, volunteerId);
  }

  static RecordEarningRequest earning(String runId, String tag, String volunteerId, long seq) {
    return earning(runId, tag, volunteerId, seq, EARNING);
  }

  static RecordEarningRequest earning(
      String runId, String tag, String volunteerId, long seq, CoinAmount coins) {
    String id = runId + ":" + tag + ":" + seq;
    // No verifier: the ledger records the branch of the operator certificate the bench signs with.
    return new RecordEarningRequest(id, volunteerId, id, 60, coins, null, sha256(id), "bench");
  }

  static PayForHelpRequest payment(
      String runId, String tag, String requester, String helper, long seq) {
    String id = runId + ":" + tag + ":" + seq;
    return new PayForHelpRequest(id, requester, helper, EARNING, id, null);
  }

  /**
   * A cheap voucher product (0.01 coins, one day, cover 1.00 EUR) for W6's purchases. Product codes
   * allow only {@code A-Z a-z 0-9 _ -}, so the run id and tag are joined with '-'.
   */
  static DefineVoucherProductRequest voucherProduct(String runId, String tag, int n) {
    String code = productCode(runId, tag, n);
    return new DefineVoucherProductRequest(
        runId + ":product:" + code, code, EARNING, 1, MoneyAmount.parse("1.00"), "EUR");
  }

  static String productCode(String runId, String tag, int n) {
    return runId + "-" + tag + "-p" + n;
  }

  static PurchaseVoucherRequest voucherPurchase(
      String runId, String tag, String volunteerId, String productCode, long seq) {
    return new PurchaseVoucherRequest(runId + ":" + tag + ":" + seq, volunteerId, productCode);
  }

  /**
   * A policy with caps no workload reaches (8.00 per activity, a billion coins a day), so that caps
   * never refuse the load; the bench network is the only place it is set.
   */
  static SetEarningPolicyRequest benchPolicy(String runId) {
    return new SetEarningPolicyRequest(
        runId + ":bench-earning-policy",
        CoinAmount.parse("8.00"),
        CoinAmount.parse("1000000000.00"),
        "+08:00");
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
