package io.timecoin.model;

import java.util.regex.Pattern;

/**
 * A requestId together with the organisation (MSP id) that wrote it. The ledger scopes requestIds
 * per organisation: the same requestId used by two organisations names two unrelated requests, so
 * no organisation can take, replay or block another's. Written {@code <mspId>/<requestId>} where
 * one string must carry both ({@code GetRequest} for the auditor, {@code GetKeyHistory} of a
 * request); {@code '/'} is in neither alphabet.
 *
 * @param org the MSP id of the organisation whose identity wrote the request
 * @param requestId the request id
 */
public record OrgRequestId(String org, String requestId) {

  /** Separates the organisation from the requestId in the written form. */
  public static final char SEPARATOR = '/';

  private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  public OrgRequestId {
    requireMspId(org);
    Identifiers.requireRequestId(requestId);
  }

  /** Checks an MSP id: 1-128 characters of A-Z, a-z, 0-9, '.', '_' or '-'. */
  public static String requireMspId(String org) {
    if (org == null || !MSP_ID.matcher(org).matches()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          "the organisation must be an MSP id: 1-128 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
    }
    return org;
  }

  /**
   * Checks a {@code GetRequest} argument: a requestId, or {@code <mspId>/<requestId>}.
   *
   * @return {@code text}
   */
  public static String requireArgument(String text) {
    if (isQualified(text)) {
      parse(text);
      return text;
    }
    return Identifiers.requireRequestId(text);
  }

  /** Whether {@code text} names an organisation ({@code <mspId>/<requestId>}). */
  public static boolean isQualified(String text) {
    return text != null && text.indexOf(SEPARATOR) >= 0;
  }

  /**
   * Parses {@code <mspId>/<requestId>}.
   *
   * @throws LedgerValidationException with INVALID_ARGUMENT or INVALID_REQUEST_ID otherwise
   */
  public static OrgRequestId parse(String text) {
    Fields.required(text, "id");
    int at = text.indexOf(SEPARATOR);
    if (at < 0) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          "a request of another organisation is named <mspId>/<requestId>, e.g. PlatformMSP/r-1");
    }
    return new OrgRequestId(text.substring(0, at), text.substring(at + 1));
  }

  @Override
  public String toString() {
    return org + SEPARATOR + requestId;
  }
}
