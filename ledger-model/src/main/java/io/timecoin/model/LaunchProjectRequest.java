package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#LAUNCH_PROJECT}: a charity project launched by a platform
 * operator (whose identity the ledger records).
 *
 * @param requestId client-chosen idempotency key
 * @param projectId new project id, never reused
 * @param targetHearts hearts to raise
 * @param deadline ISO-8601 UTC instant after which no donation is taken; after the transaction time
 * @param descriptionHash SHA-256 (lowercase hex) of the public description, kept off the ledger
 * @param sponsorId pseudonymous id of the sponsor (a foundation or the company)
 * @param pledge money the sponsor releases when the project is FUNDED
 * @param currency ISO 4217 code of the pledge and the match
 * @param matchPerHeart optional: money the sponsor adds per heart raised
 * @param matchBudget the most the match pays; required with matchPerHeart, absent without
 */
public record LaunchProjectRequest(
    String requestId,
    String projectId,
    Long targetHearts,
    String deadline,
    String descriptionHash,
    String sponsorId,
    MoneyAmount pledge,
    String currency,
    MoneyAmount matchPerHeart,
    MoneyAmount matchBudget)
    implements WriteRequest {

  public LaunchProjectRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    HeartsFields.requireProjectId(projectId);
    HeartsFields.requireHearts(targetHearts, "targetHearts");
    HeartsFields.requireInstant(deadline, "deadline");
    Identifiers.requireEvidenceHash(Fields.required(descriptionHash, "descriptionHash"));
    Identifiers.requireVerifierId(Fields.required(sponsorId, "sponsorId"));
    InsuranceFields.requirePositive(pledge, "pledge");
    InsuranceFields.requireCurrency(currency);
    if ((matchPerHeart == null) != (matchBudget == null)) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "matchPerHeart and matchBudget come together or not at all");
    }
    if (matchPerHeart != null) {
      InsuranceFields.requirePositive(matchPerHeart, "matchPerHeart");
      InsuranceFields.requirePositive(matchBudget, "matchBudget");
    }
  }
}
