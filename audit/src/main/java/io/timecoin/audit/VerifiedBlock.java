package io.timecoin.audit;

import java.util.HexFormat;
import java.util.List;

/**
 * A block after verification: its identity in the chain, its transactions and every break found in
 * it. A consumer (such as the auditor's store) should only project blocks that are {@link
 * #isIntact() intact}, and only their {@link VerifiedTransaction#isValid() valid} transactions.
 *
 * @param number the block number
 * @param hash SHA-256 of the block header (what the next block's previous hash must be)
 * @param previousHash the header's previous hash
 * @param dataHash the header's data hash
 * @param isConfig whether the block carries a channel configuration
 * @param transactions the block's transactions in order
 * @param signaturesChecked how many signatures were verified in this block
 * @param breaks everything that did not verify; empty if the block is intact
 */
public record VerifiedBlock(
    long number,
    byte[] hash,
    byte[] previousHash,
    byte[] dataHash,
    boolean isConfig,
    List<VerifiedTransaction> transactions,
    int signaturesChecked,
    List<Break> breaks) {

  public VerifiedBlock {
    hash = hash.clone();
    previousHash = previousHash.clone();
    dataHash = dataHash.clone();
    transactions = List.copyOf(transactions);
    breaks = List.copyOf(breaks);
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }

  @Override
  public byte[] previousHash() {
    return previousHash.clone();
  }

  @Override
  public byte[] dataHash() {
    return dataHash.clone();
  }

  /** The header hash in lower-case hex. */
  public String hashHex() {
    return HexFormat.of().formatHex(hash);
  }

  /** Whether every check passed. */
  public boolean isIntact() {
    return breaks.isEmpty();
  }
}
