package io.timecoin.client;

import io.timecoin.model.AccountView;
import io.timecoin.model.EntryView;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;

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
   * Closes the gateway and its gRPC channel, giving in-flight calls a few seconds to finish.
   * Idempotent; calls made after closing fail with {@link IllegalStateException}.
   */
  @Override
  void close();
}
