package io.timecoin.client;

import io.timecoin.model.LedgerValidationException;
import java.util.function.Supplier;

/**
 * The client's own checks of an argument, made before anything is sent, so that a malformed id
 * costs no round trip. Their failures join the one failure root: a {@link LedgerRejectedException}
 * with the same code the chaincode would have answered with, no transaction id, and the broken rule
 * as its cause (whose message, like every rule's, never holds the input).
 */
final class InputChecks {

  private InputChecks() {}

  /**
   * Runs {@code check}, turning a broken rule into a refusal.
   *
   * @param transactionName what was about to be sent, for the message.
   * @param check the check, returning what is sent.
   * @throws LedgerRejectedException with the rule's code if the check fails.
   */
  static <T> T beforeSending(String transactionName, Supplier<T> check) {
    try {
      return check.get();
    } catch (LedgerValidationException invalid) {
      throw refused(transactionName, invalid);
    }
  }

  /** The refusal for a broken rule; its message, like the rule's, never holds the input. */
  static LedgerRejectedException refused(String what, LedgerValidationException invalid) {
    String marker = "[" + invalid.code().name() + "]";
    String message = invalid.getMessage();
    String reason =
        message.startsWith(marker) ? message.substring(marker.length()).strip() : message;
    return new LedgerRejectedException(
        invalid.code(),
        reason,
        what + " refused before sending: " + invalid.code().name(),
        null,
        invalid);
  }
}
