package io.timecoin.chaincode.contract;

import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import java.util.List;

/** Request JSON for the voucher and claim transactions, as tests need them. */
final class VoucherFixtures {

  static final String SALT = "c2FsdC1mb3ItdGVzdHMtb25seQ";

  private VoucherFixtures() {}

  static String product(String requestId, String code, String price, int days, String limit) {
    return LedgerJson.write(
        new DefineVoucherProductRequest(
            requestId, code, CoinAmount.parse(price), days, MoneyAmount.parse(limit), "CNY"));
  }

  static String purchase(String requestId, String volunteerId, String productCode) {
    return LedgerJson.write(new PurchaseVoucherRequest(requestId, volunteerId, productCode));
  }

  static String claim(
      String requestId,
      String volunteerId,
      String voucherId,
      String incidentDate,
      String amount,
      String activityId) {
    return LedgerJson.write(
        new FileClaimRequest(
            requestId,
            volunteerId,
            voucherId,
            incidentDate,
            MoneyAmount.parse(amount),
            activityId,
            ContractHarness.EVIDENCE));
  }

  static String details(String description) {
    return LedgerJson.write(
        new ClaimPrivateDetails(
            description, List.of(ContractHarness.EVIDENCE), "IBAN-DE-TEST-0001", SALT));
  }

  static String approve(String requestId, String claimId, String amount) {
    return LedgerJson.write(
        new DecideClaimRequest(
            requestId, claimId, ClaimDecision.APPROVED, MoneyAmount.parse(amount), "covered"));
  }

  static String reject(String requestId, String claimId) {
    return LedgerJson.write(
        new DecideClaimRequest(requestId, claimId, ClaimDecision.REJECTED, null, "not covered"));
  }

  static String paid(String requestId, String claimId) {
    return LedgerJson.write(new MarkClaimPaidRequest(requestId, claimId, "PAY-2024-0001"));
  }
}
