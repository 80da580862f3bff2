package io.timecoin.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The private part of a claim. It travels only in the transient map of {@link
 * TransactionNames#FILE_CLAIM} and is stored in the {@link
 * TransactionNames#CLAIM_DETAILS_COLLECTION} private data collection (Platform and Insurer); the
 * public claim keeps only the SHA-256 of its canonical JSON, which the salt keeps from being
 * guessed.
 *
 * @param description what happened, 1-2000 characters (line breaks allowed)
 * @param documentHashes SHA-256 (lowercase hex) of each supporting document, at most 20
 * @param payoutReference where the insurer should pay (e.g. a bank account), 1-128 characters
 * @param salt random text, 16-128 characters of {@code [A-Za-z0-9_-]}, so the hash reveals nothing
 */
public record ClaimPrivateDetails(
    String description, List<String> documentHashes, String payoutReference, String salt) {

  /** Longest description, in Unicode code points. */
  public static final int MAX_DESCRIPTION = 2000;

  /** Most supporting documents. */
  public static final int MAX_DOCUMENTS = 20;

  private static final Pattern SALT = Pattern.compile("[A-Za-z0-9_-]{16,128}");

  public ClaimPrivateDetails {
    Fields.required(description, "description");
    if (!printable(description, MAX_DESCRIPTION, true)) {
      throw invalid(
          "description must be 1-"
              + MAX_DESCRIPTION
              + " characters without control characters other than line breaks");
    }
    documentHashes = List.copyOf(Fields.required(documentHashes, "documentHashes"));
    if (documentHashes.size() > MAX_DOCUMENTS) {
      throw invalid("documentHashes holds at most " + MAX_DOCUMENTS + " hashes");
    }
    documentHashes.forEach(Identifiers::requireEvidenceHash);
    Fields.required(payoutReference, "payoutReference");
    if (!printable(payoutReference, 128, false)) {
      throw invalid("payoutReference must be 1-128 characters without control characters");
    }
    Fields.required(salt, "salt");
    if (!SALT.matcher(salt).matches()) {
      throw invalid("salt must be 16-128 characters of A-Z, a-z, 0-9, '_' or '-'");
    }
  }

  /**
   * Names the fields but never their values, so a log line or an exception message that includes
   * this record cannot leak a claimant's description or payout reference.
   */
  @Override
  public String toString() {
    return "ClaimPrivateDetails[description=<"
        + description.length()
        + " chars>, documentHashes=<"
        + documentHashes.size()
        + ">, payoutReference=<hidden>, salt=<hidden>]";
  }

  private static boolean printable(String text, int max, boolean lineBreaks) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      boolean allowedControl = lineBreaks && (codePoint == '\n' || codePoint == '\r');
      if ((Character.isISOControl(codePoint) && !allowedControl)
          || Character.getType(codePoint) == Character.SURROGATE
          || ++count > max) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return count > 0;
  }

  private static LedgerValidationException invalid(String rule) {
    return new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, rule);
  }
}
