package io.timecoin.model;

/**
 * Result of {@link TransactionNames#GET_CLAIM_PRIVATE}: a claim's private details, for members of
 * the collection only.
 *
 * @param claimId the claim
 * @param details the private details as filed
 * @param hash SHA-256 of their canonical JSON, equal to the claim's {@code privateDetailsHash}
 */
public record ClaimPrivateView(String claimId, ClaimPrivateDetails details, String hash) {

  public ClaimPrivateView {
    Fields.required(claimId, "claimId");
    Fields.required(details, "details");
    Fields.required(hash, "hash");
  }
}
