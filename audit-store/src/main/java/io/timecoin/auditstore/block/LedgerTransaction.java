package io.timecoin.auditstore.block;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One transaction of a block, as far as the projection needs it.
 *
 * @param index position in the block, from 0
 * @param txId the transaction id ({@code ""} for a transaction without one)
 * @param validationCode the committing peer's verdict, e.g. {@code VALID}, {@code
 *     MVCC_READ_CONFLICT}
 * @param headerType the envelope's header type, e.g. {@code ENDORSER_TRANSACTION}, {@code CONFIG}
 * @param timestamp the client-chosen timestamp of the channel header, {@code null} if absent
 * @param creatorMsp the submitting identity's MSP, {@code null} if absent
 * @param chaincode the invoked chaincode, {@code null} for non-endorser transactions
 * @param eventName the chaincode event's name, {@code null} if none
 * @param writes the keys written in the invoked chaincode's namespace, in rwset order
 */
public record LedgerTransaction(
    int index,
    String txId,
    String validationCode,
    String headerType,
    Instant timestamp,
    String creatorMsp,
    String chaincode,
    String eventName,
    List<StateWrite> writes) {

  public LedgerTransaction {
    Objects.requireNonNull(txId, "txId");
    Objects.requireNonNull(validationCode, "validationCode");
    Objects.requireNonNull(headerType, "headerType");
    writes = List.copyOf(writes);
  }

  public boolean isValid() {
    return "VALID".equals(validationCode);
  }

  /** A VALID transaction of the chaincode {@code name}: the only kind that is projected. */
  public boolean isValidInvocationOf(String name) {
    return isValid() && "ENDORSER_TRANSACTION".equals(headerType) && name.equals(chaincode);
  }
}
