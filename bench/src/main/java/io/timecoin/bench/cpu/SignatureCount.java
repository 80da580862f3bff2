package io.timecoin.bench.cpu;

import java.util.List;

/**
 * How many ECDSA signatures one write transaction makes and verifies on timecoin's network, counted
 * from Fabric's protocol (Gateway flow, Raft ordering, peers validating every block):
 *
 * <ul>
 *   <li>client: signs the proposal, the endorsed transaction envelope and the commit-status request
 *       (3 signs);
 *   <li>endorsement: each of the {@code endorsers} peers verifies the client's proposal signature
 *       and signs its proposal response ({@code endorsers} verifies and signs; the gateway peer
 *       only compares the responses);
 *   <li>ordering: the orderer the envelope is broadcast to checks the creator's signature against
 *       the channel's Writers policy (1 verify); Raft replicates without re-checking while the
 *       configuration is unchanged;
 *   <li>validation: every one of the {@code peers} verifies the creator's signature and each
 *       endorsement against the endorsement policy ({@code peers x (1 + endorsers)} verifies);
 *   <li>commit wait: the gateway peer verifies the signed commit-status request (1 verify);
 *   <li>per block, shared by the transactions in it: each of the {@code orderers} signs the block
 *       it writes, and each peer verifies the signature of the block it receives.
 * </ul>
 *
 * TLS handshakes happen once per connection and gossip's membership messages are periodic, so
 * neither is counted per transaction.
 *
 * @param endorsers peers that endorse each transaction (MAJORITY of 3: 2).
 * @param peers peers that validate and commit every block.
 * @param orderers orderers that write (and sign) every block.
 * @param txPerBlock transactions per block, 1 or more (at saturation up to MaxMessageCount).
 */
public record SignatureCount(int endorsers, int peers, int orderers, double txPerBlock) {

  /** Checks the counts. */
  public SignatureCount {
    if (endorsers < 1 || peers < endorsers || orderers < 1 || !(txPerBlock >= 1)) {
      throw new IllegalArgumentException(
          "need 1 <= endorsers <= peers, 1 or more orderers and transactions per block");
    }
  }

  /** Signatures made per transaction. */
  public double signs() {
    return clientSigns() + nodeSigns();
  }

  /** Signatures the client (Java, the Fabric Gateway client) makes per transaction. */
  public double clientSigns() {
    return 3;
  }

  /** Signatures the peers and orderers (Go) make per transaction; they also do every verify. */
  public double nodeSigns() {
    return endorsers + orderers / txPerBlock;
  }

  /** Signatures verified per transaction. */
  public double verifies() {
    return endorsers + 1 + peers * (1 + endorsers) + 1 + peers / txPerBlock;
  }

  /** The reasoning above, one line per step, for the report. */
  public List<String> reasoning() {
    return List.of(
        "client: proposal, transaction envelope, commit-status request: 3 signs",
        "endorsement: "
            + endorsers
            + " peers each verify the proposal and sign a response: "
            + endorsers
            + " verifies + "
            + endorsers
            + " signs",
        "ordering: the receiving orderer checks the envelope against Writers: 1 verify",
        "validation: "
            + peers
            + " peers x (creator + "
            + endorsers
            + " endorsements): "
            + peers * (1 + endorsers)
            + " verifies",
        "commit wait: the gateway verifies the commit-status request: 1 verify",
        String.format(
            java.util.Locale.ROOT,
            "per block (/ %.1f tx per block): %d orderer signs, %d peer verifies",
            txPerBlock,
            orderers,
            peers));
  }
}
