package io.timecoin.chaincode.store;

import io.timecoin.chaincode.domain.Account;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import java.time.Instant;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Typed reads and writes of accounts, entries, policies and markers. Values are stored as the
 * canonical JSON of the wire types, so what a client reads is what is on the ledger; an account
 * also keeps its latest daily totals ({@link StoredAccount}), which GetAccount leaves out. Every
 * read is a point read of one key, so a transaction's read set holds only the keys it needs.
 */
public final class LedgerStore {

  private final ChaincodeStub stub;
  private final LedgerKeys keys;

  public LedgerStore(ChaincodeStub stub, LedgerKeys keys) {
    this.stub = stub;
    this.keys = keys;
  }

  public Optional<Account> findAccount(String volunteerId) {
    return read(keys.account(volunteerId), StoredAccount.class).map(StoredAccount::toAccount);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#VOLUNTEER_NOT_FOUND} if absent
   */
  public Account requireAccount(String volunteerId) {
    return findAccount(volunteerId)
        .orElseThrow(
            () ->
                new LedgerValidationException(
                    ErrorCode.VOLUNTEER_NOT_FOUND,
                    "no account is registered for this volunteerId"));
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#VOLUNTEER_ALREADY_REGISTERED} if
   *     present
   */
  public void requireNoAccount(String volunteerId) {
    if (exists(keys.account(volunteerId))) {
      throw new LedgerValidationException(
          ErrorCode.VOLUNTEER_ALREADY_REGISTERED,
          "an account is already registered for this volunteerId");
    }
  }

  public void putAccount(Account account) {
    stub.putState(
        keys.account(account.volunteerId()), LedgerJson.writeBytes(StoredAccount.of(account)));
  }

  /** Stores a new entry with its two index rows (by id and by time). */
  public void putEntry(EntryView entry) {
    stub.putState(keys.entry(entry.volunteerId(), entry.sequence()), LedgerJson.writeBytes(entry));
    byte[] ref = LedgerJson.writeBytes(new EntryRef(entry.volunteerId(), entry.sequence()));
    stub.putState(keys.entryId(entry.entryId()), ref);
    stub.putState(
        keys.entryTime(entry.volunteerId(), Instant.parse(entry.recordedAt()), entry.sequence()),
        ref);
  }

  public Optional<EntryView> findEntry(String entryId) {
    return read(keys.entryId(entryId), EntryRef.class).map(this::entryAt);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#ENTRY_NOT_FOUND} if absent
   */
  public EntryView requireEntry(String entryId) {
    return findEntry(entryId)
        .orElseThrow(
            () -> new LedgerValidationException(ErrorCode.ENTRY_NOT_FOUND, "no such entry"));
  }

  /** The ledger key the entry {@code entryId} is stored under. */
  public Optional<String> entryKey(String entryId) {
    return read(keys.entryId(entryId), EntryRef.class)
        .map(ref -> keys.entry(ref.volunteerId(), ref.sequence()));
  }

  EntryView entryAt(EntryRef ref) {
    return read(keys.entry(ref.volunteerId(), ref.sequence()), EntryView.class)
        .orElseThrow(() -> new IllegalStateException("an entry index points nowhere"));
  }

  public boolean isActivityCredited(String volunteerId, String activityId) {
    return exists(keys.activity(volunteerId, activityId));
  }

  /** Remembers that the activity of this EARN entry has been credited. */
  public void markActivityCredited(EntryView earning) {
    stub.putState(
        keys.activity(earning.volunteerId(), earning.activityId()),
        LedgerJson.writeBytes(new ActivityCredit(earning.entryId())));
  }

  /**
   * The current policy: one read, since {@code policycurrent} holds a copy of the current version
   * (every earning reads it). A ledger written before the copy holds a {@link PolicyPointer} there,
   * which is followed.
   */
  public Optional<EarningPolicyView> currentPolicy() {
    byte[] value = stub.getState(keys.currentPolicy());
    if (!present(value)) {
      return Optional.empty();
    }
    return Optional.of(
        CurrentVersion.decode(value, EarningPolicyView.class)
            .orElseGet(
                () ->
                    policy(decode(value, PolicyPointer.class).version())
                        .orElseThrow(
                            () -> new IllegalStateException("the policy pointer is dangling"))));
  }

  public Optional<EarningPolicyView> policy(long version) {
    return read(keys.policy(version), EarningPolicyView.class);
  }

  /** Stores a new version under its own key and, the same bytes, as the current one. */
  public void putPolicy(EarningPolicyView policy) {
    byte[] value = LedgerJson.writeBytes(policy);
    stub.putState(keys.policy(policy.version()), value);
    stub.putState(keys.currentPolicy(), value);
  }

  public void putStatusChange(StatusChange change) {
    stub.putState(
        keys.statusChange(change.volunteerId(), change.txId()), LedgerJson.writeBytes(change));
  }

  public boolean isReversed(String txId) {
    return exists(keys.reversal(txId));
  }

  public void markReversed(String txId, String reversalTxId) {
    stub.putState(keys.reversal(txId), LedgerJson.writeBytes(new ReversalMarker(reversalTxId)));
  }

  private boolean exists(String key) {
    return present(stub.getState(key));
  }

  private <T> Optional<T> read(String key, Class<T> type) {
    byte[] value = stub.getState(key);
    return present(value) ? Optional.of(decode(value, type)) : Optional.empty();
  }

  /**
   * Reads a stored value. State that does not decode is the ledger's fault, not the caller's, so it
   * is an internal error rather than a validation failure.
   */
  static <T> T decode(byte[] stored, Class<T> type) {
    try {
      return LedgerJson.read(stored, type);
    } catch (LedgerValidationException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable");
    }
  }

  /** Fabric returns an empty value, not null, for a key that does not exist. */
  static boolean present(byte[] value) {
    return value != null && value.length > 0;
  }
}
