package io.timecoin.audit;

import java.util.Objects;

/**
 * One break found by the verifier, located as exactly as the evidence allows.
 *
 * @param blockNumber the block the break is in
 * @param transactionIndex the transaction's position in the block, or -1 for the block itself
 * @param transactionId the transaction id, or empty for the block itself
 * @param kind what broke
 * @param detail what was expected and found, for a person; holds no business data
 */
public record Break(
    long blockNumber, int transactionIndex, String transactionId, BreakKind kind, String detail) {

  public Break {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  static Break ofBlock(long blockNumber, BreakKind kind, String detail) {
    return new Break(blockNumber, -1, "", kind, detail);
  }

  /** One line for reports, e.g. {@code block 12 tx 3 (ab12...): ENDORSEMENT_POLICY - ...}. */
  @Override
  public String toString() {
    String where =
        transactionIndex < 0
            ? "block " + blockNumber
            : "block " + blockNumber + " tx " + transactionIndex + " (" + transactionId + ")";
    return where + ": " + kind + " - " + detail;
  }
}
