package io.timecoin.model;

import java.util.regex.Pattern;

/**
 * Rules for the identifiers that appear on the ledger. Each check returns its argument when it is
 * valid and otherwise throws a {@link LedgerValidationException} that states the rule but never
 * repeats the rejected value, which might be personal data typed into the wrong field.
 */
public final class Identifiers {

  private static final Pattern VOLUNTEER_ALPHABET = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern REQUEST_ALPHABET = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CATEGORY = Pattern.compile("[a-z0-9_-]{1,32}");

  private static final String SHORT_RULE = "must be 1-64 characters of A-Z, a-z, 0-9, '_' or '-'";
  private static final String LONG_RULE =
      "must be 1-128 characters of A-Z, a-z, 0-9, '_', '.', ':' or '-'";

  private Identifiers() {}

  /** A pseudonymous volunteer id: 1-64 characters of {@code [A-Za-z0-9_-]}. */
  public static String requireVolunteerId(String volunteerId) {
    return require(
        VOLUNTEER_ALPHABET, volunteerId, ErrorCode.INVALID_VOLUNTEER_ID, "volunteerId", SHORT_RULE);
  }

  /** A client request id: 1-128 characters of {@code [A-Za-z0-9_.:-]}. */
  public static String requireRequestId(String requestId) {
    return require(
        REQUEST_ALPHABET, requestId, ErrorCode.INVALID_REQUEST_ID, "requestId", LONG_RULE);
  }

  /** An activity id: same rule as a request id. */
  public static String requireActivityId(String activityId) {
    return require(
        REQUEST_ALPHABET, activityId, ErrorCode.INVALID_ACTIVITY_ID, "activityId", LONG_RULE);
  }

  /** A SHA-256 digest of the (salted) evidence: exactly 64 lowercase hex characters. */
  public static String requireEvidenceHash(String evidenceHash) {
    return require(
        SHA256_HEX,
        evidenceHash,
        ErrorCode.INVALID_ARGUMENT,
        "evidenceHash",
        "must be a SHA-256 digest written as exactly 64 lowercase hex characters (0-9, a-f)");
  }

  /**
   * An operator's certificate id: SHA-256 of its DER-encoded certificate, 64 lowercase hex
   * characters (what entries record as {@code recordedBy.certificateId}).
   */
  public static String requireCertificateId(String certificateId) {
    return require(
        SHA256_HEX,
        certificateId,
        ErrorCode.INVALID_ARGUMENT,
        "certificateId",
        "must be the SHA-256 of the certificate (DER) as exactly 64 lowercase hex characters");
  }

  /** The organiser or branch that verified an activity: same rule as a volunteer id. */
  public static String requireVerifierId(String verifierId) {
    return require(
        VOLUNTEER_ALPHABET, verifierId, ErrorCode.INVALID_ARGUMENT, "verifier", SHORT_RULE);
  }

  /** The help request a payment settles: same rule as a request id. */
  public static String requireHelpRequestId(String helpRequestId) {
    return require(
        REQUEST_ALPHABET, helpRequestId, ErrorCode.INVALID_ARGUMENT, "helpRequestId", LONG_RULE);
  }

  /** An entry id ({@code txId + ":" + leg}): same alphabet and length as a request id. */
  public static String requireEntryId(String entryId) {
    return require(REQUEST_ALPHABET, entryId, ErrorCode.INVALID_ARGUMENT, "entryId", LONG_RULE);
  }

  /** An activity category: 1-32 characters of {@code [a-z0-9_-]}. */
  public static String requireCategory(String category) {
    return require(
        CATEGORY,
        category,
        ErrorCode.INVALID_ARGUMENT,
        "category",
        "must be 1-32 characters of a-z, 0-9, '_' or '-'");
  }

  private static String require(
      Pattern pattern, String value, ErrorCode code, String field, String rule) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new LedgerValidationException(code, field + " " + rule);
    }
    return value;
  }
}
