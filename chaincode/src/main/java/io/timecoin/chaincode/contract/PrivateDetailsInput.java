package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.store.InsuranceStore;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.TransactionNames;
import java.util.Map;

/**
 * A claim's private details as FileClaim takes them from the transient map (never from the
 * arguments, which are recorded in the block). They are stored as their canonical JSON, so the hash
 * on the public claim equals the hash Fabric keeps of the private value on every peer.
 *
 * @param details the checked details
 * @param canonical their canonical JSON bytes, what goes into the collection
 * @param hash SHA-256 (lowercase hex) of {@code canonical}
 */
public record PrivateDetailsInput(ClaimPrivateDetails details, byte[] canonical, String hash) {

  /** Largest transient value accepted, in bytes: plenty for a description and 20 hashes. */
  public static final int MAX_BYTES = 16 * 1024;

  /**
   * Reads and checks the {@value TransactionNames#CLAIM_PRIVATE_TRANSIENT_KEY} entry.
   *
   * @throws LedgerValidationException with PRIVATE_DETAILS_MISSING, PRIVATE_DETAILS_TOO_LARGE, or
   *     the code of the broken rule (never echoing the details)
   */
  static PrivateDetailsInput from(Map<String, byte[]> transientMap) {
    byte[] raw =
        transientMap == null
            ? null
            : transientMap.get(TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY);
    if (raw == null || raw.length == 0) {
      throw new LedgerValidationException(
          ErrorCode.PRIVATE_DETAILS_MISSING,
          "FileClaim needs the claim's private details as JSON in the transient map under '"
              + TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY
              + "'");
    }
    if (raw.length > MAX_BYTES) {
      throw new LedgerValidationException(
          ErrorCode.PRIVATE_DETAILS_TOO_LARGE,
          "the private details may take at most " + MAX_BYTES + " bytes of JSON");
    }
    ClaimPrivateDetails details = LedgerJson.read(raw, ClaimPrivateDetails.class);
    byte[] canonical = LedgerJson.writeBytes(details);
    return new PrivateDetailsInput(details, canonical, InsuranceStore.hashOf(canonical));
  }
}
