package io.timecoin.chaincode.store;

import io.timecoin.chaincode.domain.Account;
import io.timecoin.model.AccountView;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Typed reads and writes of accounts, entries and activity markers. Values are stored as the
 * canonical JSON of the wire types, so what a client reads is what is on the ledger.
 */
public final class LedgerStore {

  private final ChaincodeStub stub;
  private final LedgerKeys keys;

  public LedgerStore(ChaincodeStub stub, LedgerKeys keys) {
    this.stub = stub;
    this.keys = keys;
  }

  public Optional<Account> findAccount(String volunteerId) {
    return read(keys.account(volunteerId), AccountView.class).map(Account::of);
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
    stub.putState(keys.account(account.volunteerId()), LedgerJson.writeBytes(account.view()));
  }

  public void putEntry(EntryView entry) {
    stub.putState(keys.entry(entry.volunteerId(), entry.sequence()), LedgerJson.writeBytes(entry));
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
