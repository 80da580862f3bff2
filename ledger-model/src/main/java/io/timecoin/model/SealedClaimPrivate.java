package io.timecoin.model;

/**
 * Result of {@link TransactionNames#GET_CLAIM_PRIVATE}: the {@link ClaimPrivateView} JSON encrypted
 * with AES-256-GCM under the caller's one-time key ({@link ClaimPrivateSeal}). Only this ever
 * appears in a proposal response, so a copy of it in a block (if the read were submitted for
 * ordering) holds ciphertext only.
 *
 * @param claimId the claim (also the GCM associated data)
 * @param nonce base64 of the 12-byte GCM nonce, derived from the transaction id
 * @param ciphertext base64 of the ciphertext and its 16-byte tag
 */
public record SealedClaimPrivate(String claimId, String nonce, String ciphertext) {

  public SealedClaimPrivate {
    Fields.required(claimId, "claimId");
    Fields.required(nonce, "nonce");
    Fields.required(ciphertext, "ciphertext");
  }
}
