package io.timecoin.api.cli;

import io.timecoin.client.Committed;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.PendingWrite;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimPage;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.ReadTransaction;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.Recorder;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.SignedCoinAmount;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherProductList;
import io.timecoin.model.VoucherProductView;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherView;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accounts in a map; enough ledger behaviour to drive the command line without a network. */
public final class FakeLedger implements TimeCoinLedger {

  private static final String CREATED_AT = "2026-11-28T10:00:00Z";

  private final Map<String, AccountView> accounts = new HashMap<>();

  /** Vouchers a test puts in place for the read commands. */
  final List<VoucherView> vouchers = new ArrayList<>();

  /** Claims a test puts in place for the read commands, by id. */
  final Map<String, ClaimView> claims = new HashMap<>();

  private long block = 10;
  boolean closed;

  @Override
  public Committed<AccountView> registerVolunteer(RegisterVolunteerRequest request) {
    if (accounts.containsKey(request.volunteerId())) {
      throw rejected(ErrorCode.VOLUNTEER_ALREADY_REGISTERED);
    }
    CoinAmount zero = CoinAmount.ZERO;
    var account =
        new AccountView(
            request.volunteerId(),
            AccountStatus.ACTIVE,
            zero,
            zero,
            zero,
            zero,
            zero,
            0,
            CREATED_AT);
    accounts.put(request.volunteerId(), account);
    return new Committed<>(account, "tx" + block, block++);
  }

  @Override
  public Committed<EntryView> recordEarning(RecordEarningRequest request) {
    AccountView account = getAccount(request.volunteerId());
    CoinAmount balance = account.balance().plus(request.coins());
    String txId = "tx" + block;
    var entry =
        new EntryView(
            txId + ":0",
            request.volunteerId(),
            account.entryCount() + 1,
            0,
            EntryType.EARN,
            SignedCoinAmount.credit(request.coins()),
            balance,
            null,
            request.activityId(),
            request.minutes(),
            request.category(),
            request.evidenceHash(),
            request.verifier(),
            null,
            null,
            null,
            null,
            request.requestId(),
            txId,
            CREATED_AT,
            new Recorder("PlatformMSP", "ab".repeat(32)));
    accounts.put(
        request.volunteerId(),
        new AccountView(
            account.volunteerId(),
            account.status(),
            balance,
            account.totalEarned().plus(request.coins()),
            account.totalSpent(),
            account.totalReceived(),
            account.totalGiven(),
            account.entryCount() + 1,
            account.createdAt()));
    return new Committed<>(entry, txId, block++);
  }

  @Override
  public AccountView getAccount(String volunteerId) {
    AccountView account = accounts.get(volunteerId);
    if (account == null) {
      throw rejected(ErrorCode.VOLUNTEER_NOT_FOUND);
    }
    return account;
  }

  // The CLI does not offer these yet; a test that reaches one has found a command to write.
  @Override
  public Committed<AccountView> setAccountStatus(SetAccountStatusRequest request) {
    throw notOffered();
  }

  @Override
  public Committed<MovementView> payForHelp(PayForHelpRequest request) {
    throw notOffered();
  }

  @Override
  public Committed<MovementView> transfer(TransferRequest request) {
    throw notOffered();
  }

  @Override
  public Committed<MovementView> reverseEntry(ReverseEntryRequest request) {
    throw notOffered();
  }

  @Override
  public Committed<EarningPolicyView> setEarningPolicy(SetEarningPolicyRequest request) {
    throw notOffered();
  }

  @Override
  public EntryPage listEntries(ListEntriesRequest query) {
    throw notOffered();
  }

  @Override
  public EntryView getEntry(String entryId) {
    throw notOffered();
  }

  @Override
  public RequestView getRequest(String requestId) {
    throw notOffered();
  }

  @Override
  public RequestView getRequest(String org, String requestId) {
    throw notOffered();
  }

  @Override
  public EarningPolicyView getEarningPolicy() {
    throw notOffered();
  }

  @Override
  public EarningPolicyView getEarningPolicy(long version) {
    throw notOffered();
  }

  @Override
  public KeyHistoryView getKeyHistory(KeyHistoryRequest query) {
    throw notOffered();
  }

  @Override
  public io.timecoin.client.EventSubscription subscribe(
      io.timecoin.client.EventCheckpoint checkpoint,
      java.util.function.Consumer<io.timecoin.client.LedgerEvent> handler) {
    throw notOffered();
  }

  @Override
  public java.util.Optional<io.timecoin.client.TransactionStatus> transactionStatus(String txId) {
    throw notOffered();
  }

  /** The generic write path, routed to the typed methods below (the API's writes take it). */
  @Override
  public <Q extends WriteRequest, R> Committed<R> submit(
      WriteTransaction<Q, R> transaction, Q request) {
    Committed<?> done =
        switch (transaction.name()) {
          case TransactionNames.REGISTER_VOLUNTEER ->
              registerVolunteer((RegisterVolunteerRequest) request);
          case TransactionNames.RECORD_EARNING -> recordEarning((RecordEarningRequest) request);
          case TransactionNames.SET_ACCOUNT_STATUS ->
              setAccountStatus((SetAccountStatusRequest) request);
          default -> throw notOffered();
        };
    return new Committed<>(
        transaction.resultType().cast(done.value()),
        done.transactionId(),
        done.blockNumber(),
        done.requestId());
  }

  @Override
  public <Q extends WriteRequest, R> PendingWrite<R> submitAsync(
      WriteTransaction<Q, R> transaction, Q request) {
    return PendingWrite.completed(submit(transaction, request));
  }

  @Override
  public <A, R> R evaluate(ReadTransaction<A, R> query, A argument) {
    throw notOffered();
  }

  private static UnsupportedOperationException notOffered() {
    return new UnsupportedOperationException("the command line does not offer this yet");
  }

  @Override
  public void close() {
    closed = true;
  }

  private static LedgerRejectedException rejected(ErrorCode code) {
    return new LedgerRejectedException(
        code, "refused by the fake", "Refused with [" + code + "]", "tx-refused", null);
  }

  // Vouchers and claims: the CLI has no commands for them yet.

  @Override
  public Committed<VoucherProductView> defineVoucherProduct(DefineVoucherProductRequest request) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public Committed<VoucherProductView> setProductActive(SetProductActiveRequest request) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public Committed<VoucherPurchaseView> purchaseVoucher(PurchaseVoucherRequest request) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public Committed<VoucherView> voidVoucher(VoidVoucherRequest request) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public Committed<ClaimView> fileClaim(FileClaimRequest request, ClaimPrivateDetails details) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public Committed<ClaimView> decideClaim(DecideClaimRequest request) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public Committed<ClaimView> markClaimPaid(MarkClaimPaidRequest request) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public VoucherProductView getProduct(String code) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public VoucherProductList listProducts() {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public VoucherView getVoucher(String voucherId) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public VoucherList listVouchers(String volunteerId) {
    return new VoucherList(
        vouchers.stream().filter(v -> v.volunteerId().equals(volunteerId)).toList());
  }

  @Override
  public ClaimView getClaim(String claimId) {
    ClaimView claim = claims.get(claimId);
    if (claim == null) {
      throw rejected(ErrorCode.CLAIM_NOT_FOUND);
    }
    return claim;
  }

  @Override
  public ClaimPrivateView getClaimPrivate(String claimId) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }

  @Override
  public ClaimPage listClaims(ListClaimsRequest query) {
    throw new UnsupportedOperationException("not used by the CLI tests");
  }
}
