package io.timecoin.audit;

/**
 * Receives every block in order once it has been verified, intact or not. The auditor's store
 * implements it to project intact blocks; {@link VerifiedBlock#breaks()} says why a block is not.
 */
@FunctionalInterface
public interface BlockListener {

  void onBlock(VerifiedBlock block);
}
