package io.timecoin.client;

import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimFiling;
import io.timecoin.model.ClaimPage;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ClaimView;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.ReadTransaction;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.Transactions;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherProductList;
import io.timecoin.model.VoucherProductView;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherView;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The timecoin ledger as seen by one organisation's client identity: one generic path per kind of
 * call ({@link #submit}, {@link #submitAsync}, {@link #evaluate}) over the transactions declared in
 * {@link Transactions}, a typed shortcut for each of them, and typed events. Implementations are
 * immutable and thread-safe: share one instance per identity for the life of the application and
 * {@link #close()} it on shutdown.
 *
 * <pre>{@code
 * LedgerConnectionConfig config =
 *     LedgerConnectionConfig.fromProperties(Path.of("clients/platform.properties"));
 * try (TimeCoinLedger ledger = TimeCoinLedger.connect(config)) {
 *   String requestId = RequestIds.newId(); // keep it with the operation, reuse it on retry
 *   Committed<AccountView> opened =
 *       ledger.registerVolunteer(new RegisterVolunteerRequest(requestId, "vol-42"));
 *   PendingWrite<EntryView> pending = ledger.submitAsync(Transactions.RECORD_EARNING, earning);
 *   log.info("sent {}", pending.transactionId());          // known before the commit
 *   EntryView entry = pending.committed().value();          // definite outcome
 *   AccountView account = ledger.getAccount("vol-42");
 * }
 * }</pre>
 *
 * <p>Writes return only once the transaction is committed in a block as valid. Read conflicts and
 * failures before ordering are re-run with jittered backoff under the same requestId; a commit
 * status that does not arrive in time is settled by asking again, looking the requestId up and, if
 * needed, resending the same request (see the module README), so the answer is the committed result
 * or a definite refusal, never a silent double write. Every failure is an unchecked {@link
 * LedgerException}:
 *
 * <ul>
 *   <li>{@link LedgerRejectedException} - the chaincode refused (see its {@link
 *       LedgerRejectedException#code() code}), or the client refused an argument that breaks the
 *       same rule before sending anything; nothing was written;
 *   <li>{@link LedgerCommitException} - ordered but invalidated, with its {@link
 *       LedgerCommitException#validationCode() validation code}; nothing was written;
 *   <li>{@link LedgerUnavailableException} - no gateway endpoint could be reached, or endorsers
 *       disagreed, and nothing was sent for ordering; retry later;
 *   <li>{@link LedgerOutcomeUnknownException} (a {@link LedgerUnavailableException}) - the write
 *       may have been ordered and its outcome could not be settled in time; settle it later with
 *       {@link #resolve(String)} or by sending the same request again;
 *   <li>{@link LedgerException} itself - anything else.
 * </ul>
 *
 * <p>Every write carries a client requestId ({@link RequestIds#newId()} makes one when the caller
 * has none): sending the same request again returns the original result and writes nothing.
 */
public interface TimeCoinLedger extends AutoCloseable {

  /**
   * Connects to the chaincode through the configured gateway endpoints (the first one that answers
   * serves). Reads the identity and TLS files now; the network connections are made lazily on the
   * first call.
   *
   * @param config connection settings.
   * @return a connected ledger client.
   * @throws IllegalArgumentException if a certificate or key file holds no usable PEM content.
   * @throws java.io.UncheckedIOException if a certificate or key file cannot be read.
   */
  static TimeCoinLedger connect(LedgerConnectionConfig config) {
    return GatewayLedger.connect(config);
  }

  /**
   * Like {@link #connect(LedgerConnectionConfig)}, telling {@code listener} of each retry; the
   * attempts and waits are the same.
   *
   * @param config connection settings.
   * @param listener told of each re-run of a write.
   * @return a connected ledger client.
   */
  static TimeCoinLedger connect(LedgerConnectionConfig config, RetryListener listener) {
    Objects.requireNonNull(listener, "listener");
    return GatewayLedger.connect(
        config,
        RetryPolicy.defaults(
            wait -> {
              listener.retrying(wait);
              Thread.sleep(wait.toMillis());
            }));
  }

  /**
   * Runs a write and waits for its definite outcome: the one write path behind every typed write
   * method, e.g. {@code submit(Transactions.RECORD_EARNING, request)}.
   *
   * @param transaction the write, from {@link Transactions}.
   * @param request its request, with the requestId to settle and replay it by.
   * @param <Q> the request type.
   * @param <R> the result type.
   * @return the result, with the transaction that committed it.
   * @throws LedgerRejectedException if the chaincode refused; see each typed method for the codes.
   * @throws LedgerException for any other failure, see the class description.
   */
  <Q extends WriteRequest, R> Committed<R> submit(WriteTransaction<Q, R> transaction, Q request);

  /**
   * Runs a write without waiting for the commit: returns once the transaction has been handed to
   * the orderer, with its transaction id; the outcome arrives later through the receipt. Ledgers
   * without a separate commit phase return a receipt that is already complete.
   *
   * <pre>{@code
   * PendingWrite<EntryView> pending = ledger.submitAsync(Transactions.RECORD_EARNING, earning);
   * }</pre>
   *
   * @param transaction the write, from {@link Transactions}.
   * @param request its request.
   * @param <Q> the request type.
   * @param <R> the result type.
   * @return a receipt with the transaction id now and the outcome later.
   * @throws LedgerException if the write failed before it reached the orderer.
   */
  <Q extends WriteRequest, R> PendingWrite<R> submitAsync(
      WriteTransaction<Q, R> transaction, Q request);

  /**
   * Runs a query on one peer; nothing is ordered. The argument is checked as the chaincode checks
   * it before anything is sent.
   *
   * @param query the read, from {@link Transactions}.
   * @param argument its id or query record.
   * @param <A> the argument type.
   * @param <R> the result type.
   * @return the result as the peer currently sees it.
   * @throws LedgerRejectedException if the argument breaks its rule (nothing is sent) or the
   *     chaincode refused.
   * @throws LedgerException for any other failure, see the class description.
   */
  <A, R> R evaluate(ReadTransaction<A, R> query, A argument);

  /**
   * Opens an account for a volunteer ({@code RegisterVolunteer}).
   *
   * @param request the requestId and the platform-assigned volunteerId.
   * @return the new account, with the transaction that created it.
   * @throws LedgerRejectedException e.g. {@code VOLUNTEER_ALREADY_REGISTERED}, {@code
   *     ACCESS_DENIED}, {@code IDEMPOTENCY_CONFLICT}.
   * @throws LedgerException for any other failure, see the class description.
   */
  default Committed<AccountView> registerVolunteer(RegisterVolunteerRequest request) {
    return submit(Transactions.REGISTER_VOLUNTEER, request);
  }

  /**
   * Mints coins for a verified activity ({@code RecordEarning}).
   *
   * @param request the requestId, volunteer, activity, amount, evidence hash and verifier.
   * @return the EARN entry, with the transaction that recorded it.
   * @throws LedgerRejectedException e.g. {@code DUPLICATE_ACTIVITY}, {@code VOLUNTEER_NOT_FOUND},
   *     {@code ACCOUNT_NOT_ACTIVE}, {@code INVALID_AMOUNT}.
   * @throws LedgerException for any other failure, see the class description.
   */
  default Committed<EntryView> recordEarning(RecordEarningRequest request) {
    return submit(Transactions.RECORD_EARNING, request);
  }

  /**
   * Reads an account ({@code GetAccount}), evaluated on the gateway peer without ordering.
   *
   * @param volunteerId the platform-assigned volunteer id.
   * @return the account as the peer currently sees it.
   * @throws LedgerRejectedException e.g. {@code VOLUNTEER_NOT_FOUND}, {@code ACCESS_DENIED}; {@code
   *     INVALID_VOLUNTEER_ID} if the id breaks the identifier rule, and then nothing is sent.
   * @throws LedgerException for any other failure, see the class description.
   */
  default AccountView getAccount(String volunteerId) {
    return evaluate(Transactions.GET_ACCOUNT, volunteerId);
  }

  /**
   * Freezes, reactivates or closes an account ({@code SetAccountStatus}). CLOSED is final.
   *
   * @param request the requestId, volunteer, new status and the reason (no personal data).
   * @return the account after the change.
   * @throws LedgerRejectedException e.g. {@code INVALID_STATUS_CHANGE}, {@code
   *     VOLUNTEER_NOT_FOUND}.
   */
  default Committed<AccountView> setAccountStatus(SetAccountStatusRequest request) {
    return submit(Transactions.SET_ACCOUNT_STATUS, request);
  }

  /**
   * Pays a helper from the requester's balance ({@code PayForHelp}): two legs that sum to zero.
   *
   * @param request the requestId, requester, helper, coins, help request and optional memo.
   * @return both legs, requester first.
   * @throws LedgerRejectedException e.g. {@code INSUFFICIENT_BALANCE}, {@code SAME_ACCOUNT}, {@code
   *     ACCOUNT_NOT_ACTIVE}.
   */
  default Committed<MovementView> payForHelp(PayForHelpRequest request) {
    return submit(Transactions.PAY_FOR_HELP, request);
  }

  /**
   * Gives coins to another volunteer ({@code Transfer}): two legs that sum to zero.
   *
   * @param request the requestId, giver, receiver, coins and optional memo.
   * @return both legs, giver first.
   * @throws LedgerRejectedException e.g. {@code INSUFFICIENT_BALANCE}, {@code SAME_ACCOUNT}.
   */
  default Committed<MovementView> transfer(TransferRequest request) {
    return submit(Transactions.TRANSFER, request);
  }

  /**
   * Reverses the whole movement an entry belongs to with compensating entries ({@code
   * ReverseEntry}); the original entries stay.
   *
   * @param request the requestId, any entry of the movement, and the reason.
   * @return the REVERSAL entries.
   * @throws LedgerRejectedException e.g. {@code ENTRY_ALREADY_REVERSED}, {@code ENTRY_NOT_FOUND},
   *     {@code INSUFFICIENT_BALANCE}.
   */
  default Committed<MovementView> reverseEntry(ReverseEntryRequest request) {
    return submit(Transactions.REVERSE_ENTRY, request);
  }

  /**
   * Records a new version of the earning policy ({@code SetEarningPolicy}); earlier versions stay
   * readable.
   *
   * @param request the requestId, per-activity maximum, daily cap and the UTC offset of a day.
   * @return the new version.
   */
  default Committed<EarningPolicyView> setEarningPolicy(SetEarningPolicyRequest request) {
    return submit(Transactions.SET_EARNING_POLICY, request);
  }

  /**
   * One page of an account's entries, by sequence or by time range ({@code ListEntries}).
   *
   * @param query the volunteer, the mode, the page size (1-200) and the previous page's bookmark.
   * @return the entries and the bookmark of the next page (empty at the end).
   * @throws LedgerRejectedException e.g. {@code INVALID_PAGE}, {@code INVALID_TIME_RANGE}.
   */
  default EntryPage listEntries(ListEntriesRequest query) {
    return evaluate(Transactions.LIST_ENTRIES, query);
  }

  /**
   * One entry by its id, {@code txId:leg} ({@code GetEntry}).
   *
   * @param entryId the entry id.
   * @return the entry.
   * @throws LedgerRejectedException e.g. {@code ENTRY_NOT_FOUND}.
   */
  default EntryView getEntry(String entryId) {
    return evaluate(Transactions.GET_ENTRY, entryId);
  }

  /**
   * What the ledger recorded for a requestId ({@code GetRequest}): the way to settle a write whose
   * outcome was unknown.
   *
   * @param requestId the client's request id.
   * @return the function, transaction id, time and result of the first processing.
   * @throws LedgerRejectedException with {@code REQUEST_NOT_FOUND} if it never committed.
   */
  default RequestView getRequest(String requestId) {
    return evaluate(Transactions.GET_REQUEST, requestId);
  }

  /**
   * What the ledger recorded for a requestId of another organisation ({@code GetRequest} with
   * {@code <mspId>/<requestId>}). RequestIds are scoped per organisation, and only auditors may
   * read any organisation's; {@link #getRequest(String)} reads the caller's own.
   *
   * @param org the MSP id of the organisation that wrote the request.
   * @param requestId the request id.
   * @return the function, transaction id, time and result of the first processing.
   * @throws LedgerRejectedException with {@code ACCESS_DENIED} for a caller that is not an auditor,
   *     {@code REQUEST_NOT_FOUND} if it never committed.
   */
  default RequestView getRequest(String org, String requestId) {
    return evaluate(Transactions.GET_REQUEST, new OrgRequestId(org, requestId).toString());
  }

  /**
   * The earning policy in force ({@code GetEarningPolicy}).
   *
   * @return the current version.
   * @throws LedgerRejectedException with {@code EARNING_POLICY_NOT_SET} before the first one.
   */
  default EarningPolicyView getEarningPolicy() {
    return evaluate(Transactions.GET_EARNING_POLICY, "");
  }

  /**
   * One version of the earning policy.
   *
   * @param version a version number, 1 or more.
   * @return that version.
   * @throws LedgerRejectedException with {@code POLICY_VERSION_NOT_FOUND} if there is none.
   */
  default EarningPolicyView getEarningPolicy(long version) {
    return evaluate(Transactions.GET_EARNING_POLICY, Long.toString(version));
  }

  /**
   * Every committed version of one ledger record ({@code GetKeyHistory}); auditors only.
   *
   * @param query the kind of record and its id.
   * @return the modifications, with transaction ids and times.
   * @throws LedgerRejectedException with {@code ACCESS_DENIED} for anyone but an auditor.
   */
  default KeyHistoryView getKeyHistory(KeyHistoryRequest query) {
    return evaluate(Transactions.GET_KEY_HISTORY, query);
  }

  // Vouchers and claims (issue 4).

  /**
   * Defines a voucher product, active at once ({@code DefineVoucherProduct}); insurers only.
   *
   * @param request the requestId, code, price in coins, coverage days, limit and currency.
   * @return the product.
   * @throws LedgerRejectedException e.g. {@code PRODUCT_ALREADY_EXISTS}, {@code ACCESS_DENIED}.
   */
  default Committed<VoucherProductView> defineVoucherProduct(DefineVoucherProductRequest request) {
    return submit(Transactions.DEFINE_VOUCHER_PRODUCT, request);
  }

  /**
   * Opens or closes a product for purchases ({@code SetProductActive}); insurers only.
   *
   * @param request the requestId, code and the new active flag.
   * @return the product.
   * @throws LedgerRejectedException e.g. {@code PRODUCT_NOT_FOUND}, {@code INVALID_STATUS_CHANGE}.
   */
  default Committed<VoucherProductView> setProductActive(SetProductActiveRequest request) {
    return submit(Transactions.SET_PRODUCT_ACTIVE, request);
  }

  /**
   * Burns a product's price from a volunteer and creates a voucher ({@code PurchaseVoucher});
   * platform only.
   *
   * @param request the requestId, volunteer and product.
   * @return the voucher and the VOUCHER_PURCHASE entry.
   * @throws LedgerRejectedException e.g. {@code PRODUCT_INACTIVE}, {@code VOUCHER_ALREADY_ACTIVE},
   *     {@code INSUFFICIENT_BALANCE}.
   */
  default Committed<VoucherPurchaseView> purchaseVoucher(PurchaseVoucherRequest request) {
    return submit(Transactions.PURCHASE_VOUCHER, request);
  }

  /**
   * Voids an ACTIVE voucher ({@code VoidVoucher}); insurers only. No coins are returned.
   *
   * @param request the requestId, voucher and reason.
   * @return the voucher, VOIDED.
   * @throws LedgerRejectedException e.g. {@code VOUCHER_NOT_FOUND}, {@code VOUCHER_NOT_ACTIVE}.
   */
  default Committed<VoucherView> voidVoucher(VoidVoucherRequest request) {
    return submit(Transactions.VOID_VOUCHER, request);
  }

  /**
   * Files a claim ({@code FileClaim}); platform only. The private details travel in the transient
   * map only and are stored in the Platform and Insurer collection; the result carries their hash.
   *
   * @param request the public part of the claim.
   * @param details the private part.
   * @return the public claim, FILED.
   * @throws LedgerRejectedException e.g. {@code VOUCHER_NOT_FOUND}, {@code INCIDENT_OUTSIDE_COVER},
   *     {@code CLAIM_ALREADY_OPEN}, {@code PRIVATE_DETAILS_TOO_LARGE}.
   */
  default Committed<ClaimView> fileClaim(FileClaimRequest request, ClaimPrivateDetails details) {
    return submit(Transactions.FILE_CLAIM, new ClaimFiling(request, details));
  }

  /**
   * Approves or rejects a FILED claim ({@code DecideClaim}); insurers only.
   *
   * @param request the requestId, claim, decision, approved amount and reason.
   * @return the claim after the decision.
   * @throws LedgerRejectedException e.g. {@code CLAIM_ALREADY_DECIDED}, {@code COVER_EXCEEDED}.
   */
  default Committed<ClaimView> decideClaim(DecideClaimRequest request) {
    return submit(Transactions.DECIDE_CLAIM, request);
  }

  /**
   * Marks an APPROVED claim paid ({@code MarkClaimPaid}); insurers only.
   *
   * @param request the requestId, claim and payment reference.
   * @return the claim, PAID.
   * @throws LedgerRejectedException e.g. {@code CLAIM_NOT_APPROVED}.
   */
  default Committed<ClaimView> markClaimPaid(MarkClaimPaidRequest request) {
    return submit(Transactions.MARK_CLAIM_PAID, request);
  }

  /**
   * One voucher product ({@code GetProduct}).
   *
   * @param code the product code.
   * @return the product.
   * @throws LedgerRejectedException with {@code PRODUCT_NOT_FOUND} if there is none.
   */
  default VoucherProductView getProduct(String code) {
    return evaluate(Transactions.GET_PRODUCT, code);
  }

  /**
   * Every voucher product ({@code ListProducts}).
   *
   * @return the products by code.
   */
  default VoucherProductList listProducts() {
    return evaluate(Transactions.LIST_PRODUCTS, "");
  }

  /**
   * One voucher with its status as of now ({@code GetVoucher}).
   *
   * @param voucherId the voucher.
   * @return the voucher.
   * @throws LedgerRejectedException with {@code VOUCHER_NOT_FOUND} if there is none.
   */
  default VoucherView getVoucher(String voucherId) {
    return evaluate(Transactions.GET_VOUCHER, voucherId);
  }

  /**
   * A volunteer's vouchers ({@code ListVouchers}).
   *
   * @param volunteerId the volunteer.
   * @return the vouchers, statuses as of now.
   */
  default VoucherList listVouchers(String volunteerId) {
    return evaluate(Transactions.LIST_VOUCHERS, volunteerId);
  }

  /**
   * The public part of a claim ({@code GetClaim}).
   *
   * @param claimId the claim.
   * @return the claim, with the hash of its private details.
   * @throws LedgerRejectedException with {@code CLAIM_NOT_FOUND} if there is none.
   */
  default ClaimView getClaim(String claimId) {
    return evaluate(Transactions.GET_CLAIM, claimId);
  }

  /**
   * The private details of a claim ({@code GetClaimPrivate}); Platform and Insurer only.
   *
   * @param claimId the claim.
   *     <p>The ledger answers only sealed under a one-time key this call sends in the transient map
   *     (so the details could never reach a block in clear); implementations open the answer.
   * @return the details and their hash.
   * @throws LedgerRejectedException with {@code ACCESS_DENIED} for the auditor, {@code
   *     PRIVATE_DATA_NOT_AUTHORIZED} if the peer holds no details.
   */
  ClaimPrivateView getClaimPrivate(String claimId);

  /**
   * One page of the claims in one status ({@code ListClaims}).
   *
   * @param query the status, page size and bookmark.
   * @return the page.
   */
  default ClaimPage listClaims(ListClaimsRequest query) {
    return evaluate(Transactions.LIST_CLAIMS, query);
  }

  /**
   * Settles a write whose outcome was unknown, by its requestId ({@code GetRequest}).
   *
   * <p>An empty answer means "not committed so far", not "never": a write still in the orderer may
   * commit later. To turn it into a definite answer, send the same request again with the same
   * requestId: it either returns the first result or writes exactly once.
   *
   * @param requestId the requestId of the write, e.g. from {@link
   *     LedgerOutcomeUnknownException#requestId()}.
   * @return what the ledger recorded for it: the transaction id and the result JSON; empty if
   *     nothing is recorded under that requestId.
   * @throws LedgerException if the ledger cannot be asked.
   */
  default Optional<RequestView> resolve(String requestId) {
    try {
      return Optional.of(getRequest(requestId));
    } catch (LedgerRejectedException e) {
      if (e.code() == ErrorCode.REQUEST_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Like {@link #resolve(String)} for a write of another organisation (requestIds are scoped per
   * organisation); auditors only.
   *
   * @param org the MSP id of the organisation that wrote the request.
   * @param requestId the requestId of the write.
   * @return what the ledger recorded for it; empty if nothing is recorded under that requestId.
   * @throws LedgerException if the ledger cannot be asked, or the caller may not read it.
   */
  default Optional<RequestView> resolve(String org, String requestId) {
    try {
      return Optional.of(getRequest(org, requestId));
    } catch (LedgerRejectedException e) {
      if (e.code() == ErrorCode.REQUEST_NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Delivers the chaincode's events, decoded, to {@code handler} on a thread of the subscription,
   * in ledger order, starting right after the checkpoint's position (from the first block when it
   * is empty). After the handler returns for an event, the checkpoint is saved at that event.
   *
   * <p>Delivery is at least once: if the process stops after the handler finished an event but
   * before the checkpoint was saved, or the handler throws, that event is delivered again by the
   * next subscription. De-duplicate by {@link LedgerEvent#transactionId()} (each write transaction
   * emits exactly one event), e.g. by storing the id with the consumer's own update in one database
   * transaction. Events are never skipped: an unknown event name arrives as {@link
   * LedgerEvent.Unrecognised}.
   *
   * <pre>{@code
   * EventSubscription subscription =
   *     ledger.subscribe(EventCheckpoints.file(Path.of("events.checkpoint")), event -> {
   *       if (event.payload() instanceof EarningRecordedEvent earned) { view.apply(earned); }
   *     });
   * }</pre>
   *
   * @param checkpoint where to resume and where to record progress.
   * @param handler called once per event; an exception stops the subscription without checkpointing
   *     that event.
   * @return the running subscription; close it to stop.
   * @throws LedgerException if the subscription cannot be started.
   */
  EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<LedgerEvent> handler);

  /**
   * Closes the gateway and its gRPC channel, giving in-flight calls a few seconds to finish.
   * Idempotent; calls made after closing fail with {@link IllegalStateException}.
   */
  @Override
  void close();

  /**
   * Where and how a transaction was committed, read from the org's peer through the {@code qscc}
   * system chaincode. Any transaction id works, not only this client's.
   *
   * @param txId the Fabric transaction id, 64 lowercase hex characters.
   * @return its validation code and block number, or empty if the peer has no such transaction.
   * @throws LedgerRejectedException with {@code INVALID_ARGUMENT} for a malformed id; nothing is
   *     sent.
   * @throws LedgerException for any other failure, see the class description.
   */
  Optional<TransactionStatus> transactionStatus(String txId);
}
