/**
 * The auditor's block verifier. {@link io.timecoin.audit.BlockVerifier} checks blocks in order and
 * returns each as a {@link io.timecoin.audit.VerifiedBlock} with its {@link
 * io.timecoin.audit.Break}s; a {@link io.timecoin.audit.BlockListener} receives them (the auditor's
 * store projects intact blocks); a {@link io.timecoin.audit.Checkpoint} resumes a run.
 * Package-private: {@code EndorsementRules} (which policies applied), {@code ReadWriteSet}, {@code
 * ChainState}. Sub-packages: {@code msp} (identities and signatures), {@code policy} (channel
 * config and policies), {@code peer} (reading blocks and comparing peers), {@code cli}.
 */
package io.timecoin.audit;
