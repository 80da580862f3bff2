package io.timecoin.chaincode.store;

import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import java.util.Optional;

/**
 * The value of a "current version" key ({@code policycurrent}, {@code heartspolicycurrent}): a copy
 * of the current version, so the transactions that need the current policy read one key instead of
 * a pointer and then the version. Ledgers written before the copy hold a {@link PolicyPointer}
 * there, which does not decode as a version: the caller follows it.
 */
final class CurrentVersion {

  private CurrentVersion() {}

  /** The stored version, or empty if the key still holds an older ledger's pointer. */
  static <T> Optional<T> decode(byte[] stored, Class<T> versionType) {
    try {
      return Optional.of(LedgerJson.read(stored, versionType));
    } catch (LedgerValidationException e) {
      return Optional.empty();
    }
  }
}
