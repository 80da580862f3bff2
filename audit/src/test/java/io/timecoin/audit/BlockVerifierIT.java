package io.timecoin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.timecoin.audit.peer.CrossPeerCheck;
import io.timecoin.audit.peer.PeerComparison;
import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.client.Committed;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.VoucherPurchaseView;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier on a copy of real blocks from the IT network: the untouched chain verifies with no
 * break, and each tampering is reported at its exact block and transaction with its kind.
 */
class BlockVerifierIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static Path runDir;
  private static List<Block> chain;
  private static List<VerifiedBlock> verified;
  private static Forger forger;

  @BeforeAll
  static void writeTrafficAndCopyTheChain() throws Exception {
    runDir = Path.of(System.getProperty("timecoin.it.runDir", "../target/it-network"));
    forger = new Forger(runDir);
    writeTraffic();
    LedgerConnectionConfig auditor = config("auditor");
    try (PeerConnection peer = PeerConnection.open(auditor, auditor)) {
      long height = peer.chainInfo().getHeight();
      chain = new ArrayList<>();
      try (CloseableIterator<Block> blocks = peer.blocksFrom(0)) {
        while (chain.size() < height) {
          chain.add(blocks.next());
        }
      }
    }
    // The copy is kept for the unit tests' fixture (see SavedChainTest).
    java.nio.file.Files.createDirectories(Path.of("target"));
    try (var file = java.nio.file.Files.newOutputStream(Path.of("target", "it-chain.blocks"))) {
      for (Block block : chain) {
        block.writeDelimitedTo(file);
      }
    }
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    long started = System.nanoTime();
    verified = chain.stream().map(verifier::verify).toList();
    double seconds = (System.nanoTime() - started) / 1e9;
    VerificationSummary summary = verifier.summary();
    System.out.printf(
        "verified %d blocks, %d transactions, %d signatures in %.3f s: %.0f blocks/s, %.0f tx/s%n",
        summary.blocks(),
        summary.transactions(),
        summary.signatures(),
        seconds,
        summary.blocks() / seconds,
        summary.transactions() / seconds);
    // Warm: the same real blocks verified 20 more times in this JVM, as a long catch-up runs.
    int rounds = 20;
    long warmStarted = System.nanoTime();
    long transactions = 0;
    for (int round = 0; round < rounds; round++) {
      BlockVerifier again = BlockVerifier.fromGenesis();
      chain.forEach(again::verify);
      transactions += again.summary().transactions();
    }
    double warmSeconds = (System.nanoTime() - warmStarted) / 1e9;
    System.out.printf(
        "warm: %d blocks, %d transactions in %.3f s: %.0f blocks/s, %.0f tx/s%n",
        rounds * chain.size(),
        transactions,
        warmSeconds,
        rounds * chain.size() / warmSeconds,
        transactions / warmSeconds);
  }

  /** Coin writes by the platform, a product by the insurer, a voucher, a claim and its decision. */
  private static void writeTraffic() {
    String volunteer = "audit-it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String product = "AUDIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (TimeCoinLedger platform = TimeCoinLedger.connect(config("platform"));
        TimeCoinLedger insurer = TimeCoinLedger.connect(config("insurer"))) {
      platform.registerVolunteer(new RegisterVolunteerRequest(requestId(), volunteer));
      for (int i = 0; i < 6; i++) {
        platform.recordEarning(
            new RecordEarningRequest(
                requestId(),
                volunteer,
                "activity-" + i,
                30,
                CoinAmount.parse("2.00"),
                "branch-7",
                EVIDENCE,
                "audit-it"));
      }
      insurer.defineVoucherProduct(
          new DefineVoucherProductRequest(
              requestId(),
              product,
              CoinAmount.parse("4.00"),
              90,
              MoneyAmount.parse("1000.00"),
              "CNY"));
      Committed<VoucherPurchaseView> bought =
          platform.purchaseVoucher(new PurchaseVoucherRequest(requestId(), volunteer, product));
      Committed<ClaimView> filed =
          platform.fileClaim(
              new FileClaimRequest(
                  requestId(),
                  volunteer,
                  bought.value().voucher().voucherId(),
                  OffsetDateTime.now(ZoneOffset.UTC)
                      .toString(), // cover starts at the purchase instant
                  MoneyAmount.parse("100.00"),
                  "activity-1",
                  EVIDENCE),
              new ClaimPrivateDetails(
                  "a fall during the clean-up",
                  List.of(EVIDENCE),
                  "PAYOUT-1",
                  "audit-it-salt-0123456"));
      insurer.decideClaim(
          new DecideClaimRequest(
              requestId(),
              filed.value().claimId(),
              ClaimDecision.APPROVED,
              MoneyAmount.parse("80.00"),
              "covered"));
      // So that the decision is not in the last block: forged copies re-chain the blocks after it.
      platform.registerVolunteer(new RegisterVolunteerRequest(requestId(), volunteer + "-2"));
    }
  }

  @Test
  void the_untouched_chain_verifies_without_a_break() {
    assertThat(verified).allSatisfy(block -> assertThat(block.breaks()).isEmpty());
    assertThat(verified.get(0).isConfig()).isTrue();
    // The traffic above is in it: coin writes, insurance writes and the key-level policy of claims.
    List<VerifiedTransaction> timecoin =
        verified.stream()
            .flatMap(block -> block.transactions().stream())
            .filter(tx -> tx.chaincodeName().equals("timecoin") && tx.isValid())
            .toList();
    assertThat(timecoin).hasSizeGreaterThanOrEqualTo(11);
    assertThat(timecoin)
        .anySatisfy(
            tx ->
                assertThat(tx.event())
                    .get()
                    .extracting(ChaincodeEvent::eventName)
                    .asString()
                    .contains("Claim"));
  }

  @Test
  void a_changed_byte_in_an_entry_is_reported_at_its_block_and_transaction() {
    Location target = platformWrite();
    VerifiedTransaction transaction = transaction(target);
    StateWrite entry =
        transaction.writes().stream().filter(write -> write.value().length > 20).findFirst().get();
    Block block = chain.get((int) target.block());
    byte[] bytes = block.getData().getData(target.index()).toByteArray();
    int at = indexOf(bytes, entry.value()) + entry.value().length / 2;
    bytes[at] ^= 0x01;
    List<Block> tampered = new ArrayList<>(chain);
    tampered.set(
        (int) target.block(),
        block.toBuilder()
            .setData(
                block.getData().toBuilder().setData(target.index(), ByteString.copyFrom(bytes)))
            .build());

    List<Break> breaks = verifyAll(tampered);

    assertThat(breaks)
        .allSatisfy(found -> assertThat(found.blockNumber()).isEqualTo(target.block()));
    assertThat(breaks)
        .anySatisfy(found -> assertKind(found, -1, BreakKind.DATA_HASH))
        .anySatisfy(found -> assertKind(found, target.index(), BreakKind.CREATOR_SIGNATURE));
    assertThat(breaks)
        .filteredOn(found -> found.transactionIndex() >= 0)
        .allSatisfy(
            found -> assertThat(found.transactionId()).isEqualTo(transaction.transactionId()));
  }

  @Test
  void a_removed_block_is_reported_at_the_block_after_it() {
    long removed = platformWrite().block();
    List<Block> tampered = new ArrayList<>(chain);
    tampered.remove((int) removed);

    List<Break> breaks = verifyAll(tampered);

    assertThat(breaks)
        .extracting(Break::blockNumber, Break::transactionIndex, Break::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(removed + 1, -1, BreakKind.BLOCK_NUMBER),
            org.assertj.core.groups.Tuple.tuple(removed + 1, -1, BreakKind.PREVIOUS_HASH));
  }

  @Test
  void an_endorsement_by_a_key_outside_the_org_msp_is_reported_even_when_the_chain_is_re_signed()
      throws Exception {
    Location target = platformWrite();
    KeyPair outsider = newKeyPair();
    List<Block> tampered =
        forger.rewriteEndorsements(
            chain,
            target.block(),
            target.index(),
            Forger.clientKey(runDir, "platform"),
            action -> {
              Endorsement original = action.getEndorsements(0);
              String mspId;
              try {
                mspId = SerializedIdentity.parseFrom(original.getEndorser()).getMspid();
              } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
              }
              ByteString endorser =
                  SerializedIdentity.newBuilder()
                      .setMspid(mspId)
                      .setIdBytes(ByteString.copyFromUtf8(selfSignedPem(outsider, mspId)))
                      .build()
                      .toByteString();
              byte[] signature =
                  Forger.sign(
                      outsider.getPrivate(),
                      Forger.concat(
                          action.getProposalResponsePayload().toByteArray(),
                          endorser.toByteArray()));
              return action.toBuilder()
                  .setEndorsements(
                      0,
                      Endorsement.newBuilder()
                          .setEndorser(endorser)
                          .setSignature(ByteString.copyFrom(signature)))
                  .build();
            });

    List<Break> breaks = verifyAll(tampered);

    String txId = transaction(target).transactionId();
    assertThat(breaks)
        .isNotEmpty()
        .allSatisfy(
            found -> {
              assertThat(found.blockNumber()).isEqualTo(target.block());
              assertThat(found.transactionIndex()).isEqualTo(target.index());
              assertThat(found.transactionId()).isEqualTo(txId);
            })
        .anySatisfy(found -> assertThat(found.kind()).isEqualTo(BreakKind.ENDORSER_NOT_IN_MSP))
        .anySatisfy(found -> assertThat(found.kind()).isEqualTo(BreakKind.ENDORSEMENT_POLICY));
  }

  @Test
  void a_transaction_endorsed_by_one_org_only_is_reported_even_when_the_chain_is_re_signed() {
    Location target = platformWrite();

    List<Break> breaks =
        verifyAll(
            forger.rewriteEndorsements(
                chain,
                target.block(),
                target.index(),
                Forger.clientKey(runDir, "platform"),
                action ->
                    action.toBuilder()
                        .clearEndorsements()
                        .addEndorsements(action.getEndorsements(0))
                        .build()));

    assertThat(breaks)
        .extracting(Break::blockNumber, Break::transactionIndex, Break::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                target.block(), target.index(), BreakKind.ENDORSEMENT_POLICY));
    assertThat(breaks.get(0).detail()).contains("chaincode timecoin").contains("VALID");
  }

  @Test
  void a_badly_endorsed_transaction_the_peers_flagged_invalid_is_not_a_break() {
    // Anyone can have the orderer put such a transaction in a block; the peers refuse it at commit.
    Location target = platformWrite();
    List<Block> forged =
        new ArrayList<>(
            forger.rewriteEndorsements(
                chain,
                target.block(),
                target.index(),
                Forger.clientKey(runDir, "platform"),
                action ->
                    action.toBuilder()
                        .clearEndorsements()
                        .addEndorsements(action.getEndorsements(0))
                        .build()));
    Block block = forged.get((int) target.block());
    int filter = org.hyperledger.fabric.protos.common.BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
    byte[] flags = block.getMetadata().getMetadata(filter).toByteArray();
    flags[target.index()] =
        (byte) org.hyperledger.fabric.protos.peer.TxValidationCode.ENDORSEMENT_POLICY_FAILURE_VALUE;
    forged.set(
        (int) target.block(),
        block.toBuilder()
            .setMetadata(
                block.getMetadata().toBuilder().setMetadata(filter, ByteString.copyFrom(flags)))
            .build());

    assertThat(verifyAll(forged)).isEmpty();
  }

  @Test
  void a_claim_decision_without_the_insurer_breaks_the_claim_key_level_policy() {
    Location decision =
        find(
            tx ->
                tx.creatorMspId().equals("InsurerMSP")
                    && tx.event()
                        .map(event -> event.eventName().contains("ClaimDecided"))
                        .orElse(false));
    List<Break> breaks =
        verifyAll(
            forger.rewriteEndorsements(
                chain,
                decision.block(),
                decision.index(),
                Forger.clientKey(runDir, "insurer"),
                action -> {
                  var kept = action.toBuilder().clearEndorsements();
                  for (Endorsement endorsement : action.getEndorsementsList()) {
                    if (!endorsement.getEndorser().toStringUtf8().contains("InsurerMSP")) {
                      kept.addEndorsements(endorsement);
                    }
                  }
                  return kept.build();
                }));

    assertThat(breaks)
        .isNotEmpty()
        .allSatisfy(found -> assertKind(found, decision.index(), BreakKind.ENDORSEMENT_POLICY))
        .anySatisfy(
            found -> assertThat(found.detail()).contains("key-level policy of key '|claim|"));
  }

  @Test
  void a_majority_that_writes_insurance_without_the_insurer_breaks_the_insurer_rule() {
    Location purchase =
        find(
            tx ->
                tx.creatorMspId().equals("PlatformMSP")
                    && tx.event()
                        .map(event -> event.eventName().contains("VoucherPurchased"))
                        .orElse(false));
    // Platform and auditor collude: their own peers' keys endorse, the insurer's peer is left out.
    Forger.PeerKey platformPeer = Forger.peerKey(runDir, "platform", "PlatformMSP");
    Forger.PeerKey auditorPeer = Forger.peerKey(runDir, "auditor", "AuditorMSP");
    List<Block> forged =
        forger.rewriteEndorsements(
            chain,
            purchase.block(),
            purchase.index(),
            Forger.clientKey(runDir, "platform"),
            action ->
                action.toBuilder()
                    .clearEndorsements()
                    .addEndorsements(
                        Forger.endorse(action.getProposalResponsePayload(), platformPeer))
                    .addEndorsements(
                        Forger.endorse(action.getProposalResponsePayload(), auditorPeer))
                    .build());

    List<Break> fabricRulesOnly = verifyAll(forged);
    InsuranceRule rule = InsuranceRule.of("timecoin", "InsurerMSP");
    List<Break> withRule = verifyAll(forged, rule);
    // Real voucher purchases may lack the insurer too: on a chaincode without insurer policies on
    // vouchers the gateway may pick Platform and Auditor. Those are the same in the untouched
    // chain.
    List<Break> untouchedWithRule = verifyAll(chain, rule);
    java.util.function.Predicate<Break> atPurchase =
        found ->
            found.blockNumber() == purchase.block() && found.transactionIndex() == purchase.index();

    // MAJORITY holds, so only key-level policies on insurance keys (if the chaincode sets them)
    // can catch it by Fabric's rules; the insurance rule catches it from the blocks alone.
    assertThat(fabricRulesOnly)
        .noneSatisfy(found -> assertThat(found.kind()).isEqualTo(BreakKind.INSURER_RULE));
    assertThat(withRule)
        .filteredOn(atPurchase)
        .anySatisfy(
            found -> {
              assertThat(found.kind()).isEqualTo(BreakKind.INSURER_RULE);
              assertThat(found.detail()).contains("no peer of InsurerMSP endorsed it");
            });
    assertThat(withRule.stream().filter(atPurchase.negate()).toList())
        .containsExactlyElementsOf(untouchedWithRule.stream().filter(atPurchase.negate()).toList());
  }

  @Test
  void all_peers_hold_the_same_chain() throws Exception {
    LedgerConnectionConfig auditor = config("auditor");
    List<PeerConnection> peers = new ArrayList<>();
    try {
      for (String org : List.of("platform", "insurer", "auditor")) {
        peers.add(PeerConnection.open(auditor, config(org)));
      }
      PeerComparison comparison = new CrossPeerCheck(peers).run();
      assertThat(comparison.agree()).isTrue();
      assertThat(comparison.peers()).hasSize(3);
      assertThat(comparison.comparedUpTo()).isGreaterThanOrEqualTo(chain.size());
    } finally {
      peers.forEach(PeerConnection::close);
    }
  }

  @Test
  void a_verifier_resumed_from_a_checkpoint_verifies_the_rest_as_one_run_does() {
    BlockVerifier first = BlockVerifier.fromGenesis();
    int half = chain.size() / 2;
    chain.subList(0, half).forEach(first::verify);
    Path file = Path.of("target", "audit-it-checkpoint.json");
    first.checkpoint().write(file);

    BlockVerifier resumed = BlockVerifier.fromCheckpoint(Checkpoint.read(file));
    List<VerifiedBlock> rest =
        chain.subList(half, chain.size()).stream().map(resumed::verify).toList();

    assertThat(resumed.nextBlockNumber()).isEqualTo(chain.size());
    assertThat(rest).allSatisfy(block -> assertThat(block.breaks()).isEmpty());
    // The resumed verifier knows the claims' key-level policies from the checkpoint.
    Location decision =
        find(
            tx ->
                tx.creatorMspId().equals("InsurerMSP")
                    && tx.event()
                        .map(event -> event.eventName().contains("ClaimDecided"))
                        .orElse(false));
    if (decision.block() >= half) {
      List<Block> tampered =
          forger.rewriteEndorsements(
              chain,
              decision.block(),
              decision.index(),
              Forger.clientKey(runDir, "insurer"),
              action -> action.toBuilder().clearEndorsements().build());
      BlockVerifier again = BlockVerifier.fromCheckpoint(Checkpoint.read(file));
      List<Break> breaks = new ArrayList<>();
      tampered
          .subList(half, tampered.size())
          .forEach(block -> breaks.addAll(again.verify(block).breaks()));
      assertThat(breaks)
          .anySatisfy(found -> assertThat(found.detail()).contains("key-level policy"));
    }
  }

  private record Location(long block, int index) {}

  /** A valid coin write by the platform, endorsed by two orgs, not in the last block. */
  private static Location platformWrite() {
    return find(
        tx ->
            tx.creatorMspId().equals("PlatformMSP")
                && tx.event()
                    .map(event -> event.eventName().contains("EarningRecorded"))
                    .orElse(false)
                && tx.endorserMspIds().size() >= 2);
  }

  private static Location find(java.util.function.Predicate<VerifiedTransaction> wanted) {
    for (VerifiedBlock block : verified.subList(0, verified.size() - 1)) {
      for (VerifiedTransaction tx : block.transactions()) {
        if (tx.isValid() && tx.chaincodeName().equals("timecoin") && wanted.test(tx)) {
          return new Location(block.number(), tx.index());
        }
      }
    }
    throw new AssertionError("no such transaction in the IT chain");
  }

  private static VerifiedTransaction transaction(Location location) {
    return verified.get((int) location.block()).transactions().get(location.index());
  }

  private static List<Break> verifyAll(List<Block> blocks, InsuranceRule rule) {
    BlockVerifier verifier = BlockVerifier.fromGenesis().requireInsurer(rule);
    List<Break> breaks = new ArrayList<>();
    blocks.forEach(block -> breaks.addAll(verifier.verify(block).breaks()));
    return breaks;
  }

  private static List<Break> verifyAll(List<Block> blocks) {
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    List<Break> breaks = new ArrayList<>();
    blocks.forEach(block -> breaks.addAll(verifier.verify(block).breaks()));
    breaks.forEach(found -> System.out.println("BREAK " + found));
    return breaks;
  }

  private static void assertKind(Break found, int index, BreakKind kind) {
    assertThat(found.transactionIndex()).isEqualTo(index);
    assertThat(found.kind()).isEqualTo(kind);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("the write value is not in the entry");
  }

  private static LedgerConnectionConfig config(String org) {
    return LedgerConnectionConfig.fromProperties(
        runDir.resolve("clients").resolve(org + ".properties"), java.util.Map.of());
  }

  private static String requestId() {
    return "audit-it:" + UUID.randomUUID();
  }

  private static KeyPair newKeyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  /** A certificate that claims to be a peer of {@code mspId} but chains to none of its CAs. */
  private static String selfSignedPem(KeyPair keyPair, String mspId) {
    try {
      X500Name name = new X500Name("CN=peer0.outsider,OU=peer,O=" + mspId);
      Instant now = Instant.now();
      var certificate =
          new JcaX509v3CertificateBuilder(
                  name,
                  BigInteger.valueOf(now.toEpochMilli()),
                  Date.from(now.minus(Duration.ofDays(1))),
                  Date.from(now.plus(Duration.ofDays(1))),
                  name,
                  keyPair.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()));
      var text = new java.io.StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
        writer.writeObject(certificate);
      }
      return text.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
