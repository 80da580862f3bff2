package io.timecoin.model;

/** The text form of earning policy versions, as taken by {@code GetEarningPolicy}. */
public final class PolicyVersions {

  private static final int MAX_DIGITS = 18;

  private PolicyVersions() {}

  /**
   * Parses a positive version number written as ASCII digits without sign or leading zeros.
   *
   * @throws LedgerValidationException with {@link ErrorCode#INVALID_ARGUMENT} otherwise
   */
  public static long parse(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > MAX_DIGITS
        || text.charAt(0) == '0'
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          "a policy version is a positive integer such as 3, or empty for the current version");
    }
    return Long.parseLong(text);
  }
}
