package io.timecoin.model;

/** Presence checks shared by the records' compact constructors. */
final class Fields {

  private Fields() {}

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new LedgerValidationException(ErrorCode.MALFORMED_REQUEST, field + " is required");
    }
    return value;
  }
}
