package io.timecoin.client;

import io.timecoin.model.AccountView;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.TransferRequest;
import java.util.Optional;

/**
 * The timecoin ledger as seen by one organisation's client identity. Implementations are immutable
 * and thread-safe: share one instance per identity for the life of the application and {@link
 * #close()} it on shutdown.
 *
 * <p>Writes return only once the transaction is committed in a block as valid. Every failure is an
 * unchecked {@link LedgerException}:
 *
 * <ul>
 *   <li>{@link LedgerRejectedException} - the chaincode refused (see its {@link
 *       LedgerRejectedException#code() code}); nothing was written;
 *   <li>{@link LedgerCommitException} - ordered but invalidated, e.g. {@code MVCC_READ_CONFLICT};
 *       nothing was written;
 *   <li>{@link LedgerUnavailableException} - the peer was unreachable or too slow; if {@link
 *       LedgerUnavailableException#outcomeUnknown()} the write may still commit, so look it up by
 *       its requestId before sending it again;
 *   <li>{@link LedgerException} itself - anything else.
 * </ul>
 *
 * <p>Every write carries a client requestId: sending the same request again returns the original
 * result and writes nothing, so a retry after a read conflict or an unknown outcome is safe.
 */
public interface TimeCoinLedger extends AutoCloseable {

  /**
   * Connects to the chaincode through the configured gateway peer. Reads the identity and TLS files
   * now; the network connection itself is made lazily on the first call.
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
   * Opens an account for a volunteer ({@code RegisterVolunteer}).
   *
   * @param request the requestId and the platform-assigned volunteerId.
   * @return the new account, with the transaction that created it.
   * @throws LedgerRejectedException e.g. {@code VOLUNTEER_ALREADY_REGISTERED}, {@code
   *     ACCESS_DENIED}, {@code IDEMPOTENCY_CONFLICT}.
   * @throws LedgerException for any other failure, see the class description.
   */
  Committed<AccountView> registerVolunteer(RegisterVolunteerRequest request);

  /**
   * Mints coins for a verified activity ({@code RecordEarning}).
   *
   * @param request the requestId, volunteer, activity, amount, evidence hash and verifier.
   * @return the EARN entry, with the transaction that recorded it.
   * @throws LedgerRejectedException e.g. {@code DUPLICATE_ACTIVITY}, {@code VOLUNTEER_NOT_FOUND},
   *     {@code ACCOUNT_NOT_ACTIVE}, {@code INVALID_AMOUNT}.
   * @throws LedgerException for any other failure, see the class description.
   */
  Committed<EntryView> recordEarning(RecordEarningRequest request);

  /**
   * Reads an account ({@code GetAccount}), evaluated on the gateway peer without ordering.
   *
   * @param volunteerId the platform-assigned volunteer id.
   * @return the account as the peer currently sees it.
   * @throws io.timecoin.model.LedgerValidationException with {@code INVALID_VOLUNTEER_ID} if the id
   *     breaks the identifier rule; nothing is sent.
   * @throws LedgerRejectedException e.g. {@code VOLUNTEER_NOT_FOUND}, {@code ACCESS_DENIED}.
   * @throws LedgerException for any other failure, see the class description.
   */
  AccountView getAccount(String volunteerId);

  /**
   * Freezes, reactivates or closes an account ({@code SetAccountStatus}). CLOSED is final.
   *
   * @param request the requestId, volunteer, new status and the reason (no personal data).
   * @return the account after the change.
   * @throws LedgerRejectedException e.g. {@code INVALID_STATUS_CHANGE}, {@code
   *     VOLUNTEER_NOT_FOUND}.
   */
  Committed<AccountView> setAccountStatus(SetAccountStatusRequest request);

  /**
   * Pays a helper from the requester's balance ({@code PayForHelp}): two legs that sum to zero.
   *
   * @param request the requestId, requester, helper, coins, help request and optional memo.
   * @return both legs, requester first.
   * @throws LedgerRejectedException e.g. {@code INSUFFICIENT_BALANCE}, {@code SAME_ACCOUNT}, {@code
   *     ACCOUNT_NOT_ACTIVE}.
   */
  Committed<MovementView> payForHelp(PayForHelpRequest request);

  /**
   * Gives coins to another volunteer ({@code Transfer}): two legs that sum to zero.
   *
   * @param request the requestId, giver, receiver, coins and optional memo.
   * @return both legs, giver first.
   * @throws LedgerRejectedException e.g. {@code INSUFFICIENT_BALANCE}, {@code SAME_ACCOUNT}.
   */
  Committed<MovementView> transfer(TransferRequest request);

  /**
   * Reverses the whole movement an entry belongs to with compensating entries ({@code
   * ReverseEntry}); the original entries stay.
   *
   * @param request the requestId, any entry of the movement, and the reason.
   * @return the REVERSAL entries.
   * @throws LedgerRejectedException e.g. {@code ENTRY_ALREADY_REVERSED}, {@code ENTRY_NOT_FOUND},
   *     {@code INSUFFICIENT_BALANCE}.
   */
  Committed<MovementView> reverseEntry(ReverseEntryRequest request);

  /**
   * Records a new version of the earning policy ({@code SetEarningPolicy}); earlier versions stay
   * readable.
   *
   * @param request the requestId, per-activity maximum, daily cap and the UTC offset of a day.
   * @return the new version.
   */
  Committed<EarningPolicyView> setEarningPolicy(SetEarningPolicyRequest request);

  /**
   * One page of an account's entries, by sequence or by time range ({@code ListEntries}).
   *
   * @param query the volunteer, the mode, the page size (1-200) and the previous page's bookmark.
   * @return the entries and the bookmark of the next page (empty at the end).
   * @throws LedgerRejectedException e.g. {@code INVALID_PAGE}, {@code INVALID_TIME_RANGE}.
   */
  EntryPage listEntries(ListEntriesRequest query);

  /**
   * One entry by its id, {@code txId:leg} ({@code GetEntry}).
   *
   * @param entryId the entry id.
   * @return the entry.
   * @throws LedgerRejectedException e.g. {@code ENTRY_NOT_FOUND}.
   */
  EntryView getEntry(String entryId);

  /**
   * What the ledger recorded for a requestId ({@code GetRequest}): the way to settle a write whose
   * outcome was unknown.
   *
   * @param requestId the client's request id.
   * @return the function, transaction id, time and result of the first processing.
   * @throws LedgerRejectedException with {@code REQUEST_NOT_FOUND} if it never committed.
   */
  RequestView getRequest(String requestId);

  /**
   * The earning policy in force ({@code GetEarningPolicy}).
   *
   * @return the current version.
   * @throws LedgerRejectedException with {@code EARNING_POLICY_NOT_SET} before the first one.
   */
  EarningPolicyView getEarningPolicy();

  /**
   * One version of the earning policy.
   *
   * @param version a version number, 1 or more.
   * @return that version.
   * @throws LedgerRejectedException with {@code POLICY_VERSION_NOT_FOUND} if there is none.
   */
  EarningPolicyView getEarningPolicy(long version);

  /**
   * Every committed version of one ledger record ({@code GetKeyHistory}); auditors only.
   *
   * @param query the kind of record and its id.
   * @return the modifications, with transaction ids and times.
   * @throws LedgerRejectedException with {@code ACCESS_DENIED} for anyone but an auditor.
   */
  KeyHistoryView getKeyHistory(KeyHistoryRequest query);

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
   * @throws io.timecoin.model.LedgerValidationException with {@code INVALID_ARGUMENT} for a
   *     malformed id; nothing is sent.
   * @throws LedgerException for any other failure, see the class description.
   */
  Optional<TransactionStatus> transactionStatus(String txId);
}
