package io.timecoin.model;

/**
 * Rules for the few free-text fields on the ledger (reasons and memos). They are short, printable
 * and never repeated in error messages. The platform must keep personal data out of them; the
 * ledger can only keep them small.
 */
public final class FreeText {

  /** Longest reason, in Unicode code points. */
  public static final int MAX_REASON = 200;

  /** Longest memo, in Unicode code points. */
  public static final int MAX_MEMO = 140;

  private FreeText() {}

  /** A reason: 1-200 code points, no control characters. */
  public static String requireReason(String reason) {
    Fields.required(reason, "reason");
    if (reason.isEmpty() || !fits(reason, MAX_REASON)) {
      throw invalid("reason", "must be 1-" + MAX_REASON);
    }
    return reason;
  }

  /** A memo: absent, or 0-140 code points without control characters. */
  public static String requireMemo(String memo) {
    if (memo != null && !fits(memo, MAX_MEMO)) {
      throw invalid("memo", "must be absent or 0-" + MAX_MEMO);
    }
    return memo;
  }

  private static boolean fits(String text, int max) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (Character.isISOControl(codePoint)
          || Character.getType(codePoint) == Character.SURROGATE
          || ++count > max) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  private static LedgerValidationException invalid(String field, String size) {
    return new LedgerValidationException(
        ErrorCode.INVALID_ARGUMENT,
        field + " " + size + " characters without control characters or unpaired surrogates");
  }
}
