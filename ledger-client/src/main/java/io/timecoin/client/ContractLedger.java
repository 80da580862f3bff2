package io.timecoin.client;

import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimPage;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimPrivateSeal;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ClaimView;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.Identifiers;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SealedClaimPrivate;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherProductList;
import io.timecoin.model.VoucherProductView;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherView;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The typed half of every {@link TimeCoinLedger}: which transaction each method runs, what its
 * argument is and which {@code ledger-model} type its result is read as. Subclasses supply only the
 * transport ({@link GatewayLedger} over Fabric Gateway, {@link InProcessLedger} over the real
 * contract in memory), so the two can never disagree on the wire contract.
 */
abstract class ContractLedger implements TimeCoinLedger {

  private static final SecureRandom KEYS = new SecureRandom();

  /** Runs a write and waits for its definite outcome. */
  abstract <T> Committed<T> submit(WriteCall call, Class<T> resultType);

  /** Runs a write, answering once it has been handed to ordering. */
  abstract <T> PendingWrite<T> submitAsync(WriteCall call, Class<T> resultType);

  /** Runs a query on one peer; nothing is ordered. */
  <T> T evaluate(String name, String argument, Class<T> resultType) {
    return evaluate(name, argument, Map.of(), resultType);
  }

  /** Runs a query on one peer with a transient map (never part of a block); nothing is ordered. */
  abstract <T> T evaluate(
      String name, String argument, Map<String, byte[]> transientData, Class<T> resultType);

  @Override
  public Committed<AccountView> registerVolunteer(RegisterVolunteerRequest request) {
    Objects.requireNonNull(request, "request");
    return submit(
        TransactionNames.REGISTER_VOLUNTEER, LedgerJson.write(request), AccountView.class);
  }

  @Override
  public Committed<EntryView> recordEarning(RecordEarningRequest request) {
    Objects.requireNonNull(request, "request");
    return submit(TransactionNames.RECORD_EARNING, LedgerJson.write(request), EntryView.class);
  }

  @Override
  public AccountView getAccount(String volunteerId) {
    Identifiers.requireVolunteerId(Objects.requireNonNull(volunteerId, "volunteerId"));
    return evaluate(TransactionNames.GET_ACCOUNT, volunteerId, AccountView.class);
  }

  @Override
  public Committed<AccountView> setAccountStatus(SetAccountStatusRequest request) {
    return submit(TransactionNames.SET_ACCOUNT_STATUS, json(request), AccountView.class);
  }

  @Override
  public Committed<MovementView> payForHelp(PayForHelpRequest request) {
    return submit(TransactionNames.PAY_FOR_HELP, json(request), MovementView.class);
  }

  @Override
  public Committed<MovementView> transfer(TransferRequest request) {
    return submit(TransactionNames.TRANSFER, json(request), MovementView.class);
  }

  @Override
  public Committed<MovementView> reverseEntry(ReverseEntryRequest request) {
    return submit(TransactionNames.REVERSE_ENTRY, json(request), MovementView.class);
  }

  @Override
  public Committed<EarningPolicyView> setEarningPolicy(SetEarningPolicyRequest request) {
    return submit(TransactionNames.SET_EARNING_POLICY, json(request), EarningPolicyView.class);
  }

  @Override
  public EntryPage listEntries(ListEntriesRequest query) {
    return evaluate(TransactionNames.LIST_ENTRIES, json(query), EntryPage.class);
  }

  @Override
  public EntryView getEntry(String entryId) {
    Identifiers.requireEntryId(Objects.requireNonNull(entryId, "entryId"));
    return evaluate(TransactionNames.GET_ENTRY, entryId, EntryView.class);
  }

  @Override
  public RequestView getRequest(String requestId) {
    Identifiers.requireRequestId(Objects.requireNonNull(requestId, "requestId"));
    return evaluate(TransactionNames.GET_REQUEST, requestId, RequestView.class);
  }

  @Override
  public RequestView getRequest(String org, String requestId) {
    OrgRequestId id =
        new OrgRequestId(
            Objects.requireNonNull(org, "org"), Objects.requireNonNull(requestId, "requestId"));
    return evaluate(TransactionNames.GET_REQUEST, id.toString(), RequestView.class);
  }

  @Override
  public EarningPolicyView getEarningPolicy() {
    return evaluate(TransactionNames.GET_EARNING_POLICY, "", EarningPolicyView.class);
  }

  @Override
  public EarningPolicyView getEarningPolicy(long version) {
    if (version < 1) {
      throw new IllegalArgumentException("policy versions start at 1");
    }
    return evaluate(
        TransactionNames.GET_EARNING_POLICY, Long.toString(version), EarningPolicyView.class);
  }

  @Override
  public KeyHistoryView getKeyHistory(KeyHistoryRequest query) {
    return evaluate(TransactionNames.GET_KEY_HISTORY, json(query), KeyHistoryView.class);
  }

  @Override
  public PendingWrite<AccountView> registerVolunteerAsync(RegisterVolunteerRequest request) {
    return submitAsync(TransactionNames.REGISTER_VOLUNTEER, json(request), AccountView.class);
  }

  @Override
  public PendingWrite<EntryView> recordEarningAsync(RecordEarningRequest request) {
    return submitAsync(TransactionNames.RECORD_EARNING, json(request), EntryView.class);
  }

  @Override
  public PendingWrite<AccountView> setAccountStatusAsync(SetAccountStatusRequest request) {
    return submitAsync(TransactionNames.SET_ACCOUNT_STATUS, json(request), AccountView.class);
  }

  @Override
  public PendingWrite<MovementView> payForHelpAsync(PayForHelpRequest request) {
    return submitAsync(TransactionNames.PAY_FOR_HELP, json(request), MovementView.class);
  }

  @Override
  public PendingWrite<MovementView> transferAsync(TransferRequest request) {
    return submitAsync(TransactionNames.TRANSFER, json(request), MovementView.class);
  }

  @Override
  public PendingWrite<MovementView> reverseEntryAsync(ReverseEntryRequest request) {
    return submitAsync(TransactionNames.REVERSE_ENTRY, json(request), MovementView.class);
  }

  @Override
  public PendingWrite<EarningPolicyView> setEarningPolicyAsync(SetEarningPolicyRequest request) {
    return submitAsync(TransactionNames.SET_EARNING_POLICY, json(request), EarningPolicyView.class);
  }

  // Vouchers and claims.

  @Override
  public Committed<VoucherProductView> defineVoucherProduct(DefineVoucherProductRequest request) {
    return submit(TransactionNames.DEFINE_VOUCHER_PRODUCT, json(request), VoucherProductView.class);
  }

  @Override
  public Committed<VoucherProductView> setProductActive(SetProductActiveRequest request) {
    return submit(TransactionNames.SET_PRODUCT_ACTIVE, json(request), VoucherProductView.class);
  }

  @Override
  public Committed<VoucherPurchaseView> purchaseVoucher(PurchaseVoucherRequest request) {
    return submit(TransactionNames.PURCHASE_VOUCHER, json(request), VoucherPurchaseView.class);
  }

  @Override
  public Committed<VoucherView> voidVoucher(VoidVoucherRequest request) {
    return submit(TransactionNames.VOID_VOUCHER, json(request), VoucherView.class);
  }

  @Override
  public Committed<ClaimView> fileClaim(FileClaimRequest request, ClaimPrivateDetails details) {
    return submit(fileClaimCall(request, details), ClaimView.class);
  }

  @Override
  public Committed<ClaimView> decideClaim(DecideClaimRequest request) {
    return submit(TransactionNames.DECIDE_CLAIM, json(request), ClaimView.class);
  }

  @Override
  public Committed<ClaimView> markClaimPaid(MarkClaimPaidRequest request) {
    return submit(TransactionNames.MARK_CLAIM_PAID, json(request), ClaimView.class);
  }

  @Override
  public VoucherProductView getProduct(String code) {
    return evaluate(
        TransactionNames.GET_PRODUCT,
        InsuranceFields.requireProductCode(code),
        VoucherProductView.class);
  }

  @Override
  public VoucherProductList listProducts() {
    return evaluate(TransactionNames.LIST_PRODUCTS, "", VoucherProductList.class);
  }

  @Override
  public VoucherView getVoucher(String voucherId) {
    return evaluate(
        TransactionNames.GET_VOUCHER,
        InsuranceFields.requireVoucherId(voucherId),
        VoucherView.class);
  }

  @Override
  public VoucherList listVouchers(String volunteerId) {
    return evaluate(
        TransactionNames.LIST_VOUCHERS,
        Identifiers.requireVolunteerId(volunteerId),
        VoucherList.class);
  }

  @Override
  public ClaimView getClaim(String claimId) {
    return evaluate(
        TransactionNames.GET_CLAIM, InsuranceFields.requireClaimId(claimId), ClaimView.class);
  }

  @Override
  public ClaimPrivateView getClaimPrivate(String claimId) {
    // A fresh key per call, sent only in the transient map: the chaincode returns the details
    // sealed under it, so no block could ever hold them in clear (see ClaimPrivateSeal).
    byte[] key = new byte[ClaimPrivateSeal.KEY_BYTES];
    KEYS.nextBytes(key);
    SealedClaimPrivate sealed =
        evaluate(
            TransactionNames.GET_CLAIM_PRIVATE,
            InsuranceFields.requireClaimId(claimId),
            Map.of(TransactionNames.CLAIM_PRIVATE_READ_KEY, key),
            SealedClaimPrivate.class);
    try {
      return ClaimPrivateSeal.open(key, sealed);
    } catch (IllegalStateException e) {
      throw new LedgerException(
          "GetClaimPrivate answered details that do not open with this call's key", null, e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  @Override
  public ClaimPage listClaims(ListClaimsRequest query) {
    return evaluate(TransactionNames.LIST_CLAIMS, json(query), ClaimPage.class);
  }

  @Override
  public PendingWrite<VoucherProductView> defineVoucherProductAsync(
      DefineVoucherProductRequest request) {
    return submitAsync(
        TransactionNames.DEFINE_VOUCHER_PRODUCT, json(request), VoucherProductView.class);
  }

  @Override
  public PendingWrite<VoucherProductView> setProductActiveAsync(SetProductActiveRequest request) {
    return submitAsync(
        TransactionNames.SET_PRODUCT_ACTIVE, json(request), VoucherProductView.class);
  }

  @Override
  public PendingWrite<VoucherPurchaseView> purchaseVoucherAsync(PurchaseVoucherRequest request) {
    return submitAsync(TransactionNames.PURCHASE_VOUCHER, json(request), VoucherPurchaseView.class);
  }

  @Override
  public PendingWrite<VoucherView> voidVoucherAsync(VoidVoucherRequest request) {
    return submitAsync(TransactionNames.VOID_VOUCHER, json(request), VoucherView.class);
  }

  @Override
  public PendingWrite<ClaimView> fileClaimAsync(
      FileClaimRequest request, ClaimPrivateDetails details) {
    return submitAsync(fileClaimCall(request, details), ClaimView.class);
  }

  @Override
  public PendingWrite<ClaimView> decideClaimAsync(DecideClaimRequest request) {
    return submitAsync(TransactionNames.DECIDE_CLAIM, json(request), ClaimView.class);
  }

  @Override
  public PendingWrite<ClaimView> markClaimPaidAsync(MarkClaimPaidRequest request) {
    return submitAsync(TransactionNames.MARK_CLAIM_PAID, json(request), ClaimView.class);
  }

  /** The private details travel in the transient map only, never as an argument. */
  private static WriteCall fileClaimCall(FileClaimRequest request, ClaimPrivateDetails details) {
    Map<String, byte[]> transientData =
        Map.of(
            TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY,
            LedgerJson.writeBytes(Objects.requireNonNull(details, "details")));
    return new WriteCall(TransactionNames.FILE_CLAIM, json(request), transientData);
  }

  private static String json(Object request) {
    return LedgerJson.write(Objects.requireNonNull(request, "request"));
  }

  private <T> Committed<T> submit(String name, String requestJson, Class<T> resultType) {
    return submit(WriteCall.of(name, requestJson), resultType);
  }

  private <T> PendingWrite<T> submitAsync(String name, String requestJson, Class<T> resultType) {
    return submitAsync(WriteCall.of(name, requestJson), resultType);
  }
}
