package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a {@link KeyHistoryRequest} asks the history of; written in lower case on the wire. */
public enum HistoryKind {
  /** An account; the id is a volunteerId. */
  ACCOUNT,
  /** An entry; the id is an entryId. */
  ENTRY,
  /** An earning policy version; the id is a version number, or {@code current} for the pointer. */
  POLICY,
  /** A processed write request; the id is a requestId. */
  REQUEST;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws LedgerValidationException with {@link ErrorCode#INVALID_ARGUMENT} for an unknown kind
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HistoryKind of(String wireName) {
    for (HistoryKind kind : values()) {
      if (kind.wireName().equals(wireName)) {
        return kind;
      }
    }
    throw new LedgerValidationException(
        ErrorCode.INVALID_ARGUMENT, "kind must be one of account, entry, policy, request");
  }
}
