package io.timecoin.audit;

/** What kind of break the verifier found; stable names for reports and exit codes. */
public enum BreakKind {
  /**
   * The block's number is not the one after the previous block (a block is missing or repeated).
   */
  BLOCK_NUMBER,
  /** The block's previous hash is not the hash of the previous block's header. */
  PREVIOUS_HASH,
  /** The block's data hash is not the SHA-256 of its entries: an entry was changed. */
  DATA_HASH,
  /** The orderer signatures do not satisfy the channel's BlockValidation policy. */
  ORDERER_SIGNATURE,
  /** The block or one of its entries does not parse as Fabric writes it. */
  MALFORMED,
  /** The transaction's creator is not a valid identity of a channel MSP. */
  CREATOR_NOT_IN_MSP,
  /** The creator's signature over the transaction does not verify. */
  CREATOR_SIGNATURE,
  /** The transaction id is not the hash of the proposal's nonce and creator. */
  TRANSACTION_ID,
  /** An endorser is not a valid identity of a channel MSP. */
  ENDORSER_NOT_IN_MSP,
  /** An endorsement's signature does not verify. */
  ENDORSEMENT_SIGNATURE,
  /** The valid endorsements do not satisfy the endorsement policy that applied. */
  ENDORSEMENT_POLICY,
  /**
   * A valid transaction wrote an insurance object without the insurer's peer among its endorsers
   * (only with {@link InsuranceRule}).
   */
  INSURER_RULE,
  /**
   * The block's validation flags do not match its transactions, or the peer flagged a transaction
   * ENDORSEMENT_POLICY_FAILURE although its endorsements satisfy every policy that applied.
   */
  VALIDATION_FLAGS
}
