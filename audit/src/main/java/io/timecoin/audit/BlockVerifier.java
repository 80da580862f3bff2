package io.timecoin.audit;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.audit.msp.Identity;
import io.timecoin.audit.msp.IdentityException;
import io.timecoin.audit.policy.ChannelConfig;
import io.timecoin.audit.policy.Policy;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * The auditor's block verifier. Fed the channel's blocks in order, it checks for each block the
 * chain (number and previous hash), the data hash, the orderer signatures against the
 * BlockValidation policy and the orderer MSPs of the configuration in force (following config
 * blocks), and for each transaction the creator's identity and signature, the transaction id, each
 * endorsement's identity and signature, and that the endorsements satisfy the policy that applied
 * (see {@link EndorsementRules}). A transaction the peer flagged valid must pass every check, and
 * any failure is a disagreement with the peer, reported as a {@link Break}. One the peer flagged
 * invalid changed nothing, and its failures agree with the peer, so they are not breaks; only an
 * ENDORSEMENT_POLICY_FAILURE flag on endorsements that do satisfy the policy is.
 *
 * <p>Block 0 is the trust anchor: it is checked for internal consistency (number, data hash,
 * configuration), but nothing signs it; compare its hash with one obtained out of band. Not
 * thread-safe: one verifier walks one chain.
 */
public final class BlockVerifier {

  private final ChainState state;
  private final EndorsementRules rules;
  private InsuranceRule insuranceRule;
  private long blocksChecked;
  private long transactionsChecked;
  private long signaturesChecked;
  private long breaksFound;

  private BlockVerifier(ChainState state) {
    this.state = state;
    this.rules = new EndorsementRules(state);
  }

  /** A verifier that expects block 0, the channel's genesis config block, first. */
  public static BlockVerifier fromGenesis() {
    return new BlockVerifier(new ChainState(0, new byte[0], null));
  }

  /** A verifier that resumes after the block a checkpoint was written at. */
  public static BlockVerifier fromCheckpoint(Checkpoint checkpoint) {
    return new BlockVerifier(checkpoint.toState());
  }

  /**
   * Also checks the trust model's insurance rule on every valid transaction (off by default: it
   * goes beyond what Fabric's policies enforce). Call before the first block.
   *
   * @return this verifier
   */
  public BlockVerifier requireInsurer(InsuranceRule rule) {
    this.insuranceRule = java.util.Objects.requireNonNull(rule, "rule");
    return this;
  }

  /** Where the verifier stands now, to resume from later. */
  public Checkpoint checkpoint() {
    if (state.config == null) {
      throw new IllegalStateException("no block verified yet: nothing to checkpoint");
    }
    return Checkpoint.of(state);
  }

  /** The number of the block the verifier expects next. */
  public long nextBlockNumber() {
    return state.nextBlockNumber;
  }

  /** Counts so far. */
  public VerificationSummary summary() {
    return new VerificationSummary(
        blocksChecked, transactionsChecked, signaturesChecked, breaksFound);
  }

  /** Verifies the next block and moves the chain on to it, whatever was found. */
  public VerifiedBlock verify(Block block) {
    long number = block.getHeader().getNumber();
    List<Break> breaks = new ArrayList<>();
    int[] signatures = {0};
    byte[] hash = BlockHashes.headerHash(block.getHeader());

    if (number != state.nextBlockNumber) {
      breaks.add(
          Break.ofBlock(
              number,
              BreakKind.BLOCK_NUMBER,
              "expected block " + state.nextBlockNumber + " after the previous one"));
    }
    if (!Arrays.equals(block.getHeader().getPreviousHash().toByteArray(), state.previousHash)) {
      breaks.add(
          Break.ofBlock(
              number,
              BreakKind.PREVIOUS_HASH,
              "previous hash "
                  + hex(block.getHeader().getPreviousHash().toByteArray())
                  + " is not the hash of the block before, "
                  + hex(state.previousHash)));
    }
    byte[] dataHash = BlockHashes.dataHash(block.getData().getDataList());
    if (!Arrays.equals(dataHash, block.getHeader().getDataHash().toByteArray())) {
      breaks.add(
          Break.ofBlock(
              number,
              BreakKind.DATA_HASH,
              "the entries hash to "
                  + hex(dataHash)
                  + ", the header says "
                  + hex(block.getHeader().getDataHash().toByteArray())));
    }
    if (state.config != null) {
      checkOrdererSignatures(block, breaks, signatures);
    } else if (number != 0) {
      breaks.add(
          Break.ofBlock(number, BreakKind.MALFORMED, "no channel configuration to verify against"));
    }

    byte[] flags = metadata(block, BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE);
    if (flags.length != block.getData().getDataCount()) {
      breaks.add(
          Break.ofBlock(
              number,
              BreakKind.VALIDATION_FLAGS,
              flags.length
                  + " validation flags for "
                  + block.getData().getDataCount()
                  + " entries"));
    }

    int count = block.getData().getDataCount();
    List<TransactionCheck> checks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      TxValidationCode code = i < flags.length ? TxValidationCode.forNumber(flags[i] & 0xff) : null;
      String codeName = code == null ? "UNKNOWN" : code.name();
      checks.add(new TransactionCheck(number, i, block.getData().getData(i), codeName));
    }
    // Parsing and signatures (most of the cost) are independent per transaction; the policies that
    // applied depend on earlier transactions' key-level policies, so they are decided in order.
    (count > 1 ? checks.parallelStream() : checks.stream()).forEach(TransactionCheck::prepare);
    List<VerifiedTransaction> transactions = new ArrayList<>();
    ChannelConfig newConfig = null;
    rules.startBlock();
    for (TransactionCheck check : checks) {
      VerifiedTransaction transaction = check.finish();
      breaks.addAll(check.found);
      signatures[0] += check.signatures;
      if (transaction != null) {
        transactions.add(transaction);
        if (check.config != null) {
          newConfig = check.config;
        }
      }
    }
    if (number == 0 && newConfig == null) {
      breaks.add(Break.ofBlock(0, BreakKind.MALFORMED, "block 0 carries no channel configuration"));
    }

    if (newConfig != null) {
      state.config = newConfig;
    }
    state.nextBlockNumber = number + 1;
    state.previousHash = hash;
    blocksChecked++;
    transactionsChecked += block.getData().getDataCount();
    signaturesChecked += signatures[0];
    breaksFound += breaks.size();
    return new VerifiedBlock(
        number,
        hash,
        block.getHeader().getPreviousHash().toByteArray(),
        block.getHeader().getDataHash().toByteArray(),
        newConfig != null,
        transactions,
        signatures[0],
        breaks);
  }

  private void checkOrdererSignatures(Block block, List<Break> breaks, int[] signatures) {
    long number = block.getHeader().getNumber();
    Metadata metadata;
    try {
      metadata = Metadata.parseFrom(metadata(block, BlockMetadataIndex.SIGNATURES_VALUE));
    } catch (InvalidProtocolBufferException e) {
      breaks.add(Break.ofBlock(number, BreakKind.MALFORMED, "unreadable signature metadata"));
      return;
    }
    byte[] headerBytes = BlockHashes.headerBytes(block.getHeader());
    List<Identity> signers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (MetadataSignature signature : metadata.getSignaturesList()) {
      signatures[0]++;
      try {
        SignatureHeader header = SignatureHeader.parseFrom(signature.getSignatureHeader());
        Identity identity = state.config.msps().validate(header.getCreator());
        byte[] signed =
            concat(
                metadata.getValue().toByteArray(),
                signature.getSignatureHeader().toByteArray(),
                headerBytes);
        if (identity.verifies(signed, signature.getSignature().toByteArray())) {
          signers.add(identity);
        } else {
          problems.add("the signature of " + identity.shortName() + " does not verify");
        }
      } catch (InvalidProtocolBufferException e) {
        problems.add("an unreadable signature header");
      } catch (IdentityException e) {
        problems.add("a signer that is not an orderer MSP identity (" + e.getMessage() + ")");
      }
    }
    Optional<Policy> policy = state.config.policy(ChannelConfig.BLOCK_VALIDATION);
    if (policy.isEmpty() || !policy.get().isSatisfiedBy(signers)) {
      breaks.add(
          Break.ofBlock(
              number,
              BreakKind.ORDERER_SIGNATURE,
              metadata.getSignaturesCount()
                  + " signature(s), "
                  + signers.size()
                  + " valid, do not satisfy "
                  + policy.map(Policy::describe).orElse("a missing BlockValidation policy")
                  + (problems.isEmpty() ? "" : ": " + String.join("; ", problems))));
    }
  }

  /**
   * Checks one entry of a block in two steps: {@link #prepare()} (parsing, identities, signatures;
   * may run in parallel with the block's other entries) then {@link #finish()} (the policies that
   * applied and the state they change; in block order).
   */
  private final class TransactionCheck {
    private final long blockNumber;
    private final int index;
    private final ByteString entry;
    private final String validationCode;
    private String transactionId = "";
    final List<Break> found = new ArrayList<>();
    int signatures;
    ChannelConfig config;
    private VerifiedTransaction result;
    private Pending pending;

    /** An endorser transaction after {@link #prepare()}, waiting for its policy checks. */
    private record Pending(
        String typeName,
        Identity creator,
        Instant timestamp,
        String chaincode,
        List<Identity> endorsers,
        ReadWriteSet rwset) {}

    TransactionCheck(long blockNumber, int index, ByteString entry, String validationCode) {
      this.blockNumber = blockNumber;
      this.index = index;
      this.entry = entry;
      this.validationCode = validationCode;
    }

    void prepare() {
      result = parseAndCheckSignatures();
    }

    VerifiedTransaction finish() {
      return pending == null ? result : checkPolicies(pending);
    }

    private boolean peerSaidValid() {
      return TxValidationCode.VALID.name().equals(validationCode);
    }

    /**
     * Whether Fabric's endorsement validation passed: VALID, or a read conflict found after it (the
     * MVCC check runs once endorsements are validated), which still counts for the block's later
     * transactions as a validation parameter written.
     */
    private boolean passedEndorsementValidation() {
      return peerSaidValid()
          || TxValidationCode.MVCC_READ_CONFLICT.name().equals(validationCode)
          || TxValidationCode.PHANTOM_READ_CONFLICT.name().equals(validationCode);
    }

    private void report(BreakKind kind, String detail) {
      found.add(new Break(blockNumber, index, transactionId, kind, detail));
    }

    /**
     * Reports a failed check on a transaction the peer flagged valid: a disagreement with the peer.
     * On a transaction the peer flagged invalid the failure agrees with the peer (anyone can have
     * the orderer put a badly endorsed transaction in a block; the peers refuse it), so it is not a
     * break.
     */
    private void disagree(BreakKind kind, String detail) {
      if (peerSaidValid()) {
        report(kind, detail + " (the peer flagged it VALID)");
      }
    }

    private VerifiedTransaction parseAndCheckSignatures() {
      Envelope envelope;
      Payload payload;
      ChannelHeader channelHeader;
      SignatureHeader signatureHeader;
      try {
        envelope = Envelope.parseFrom(entry);
        payload = Payload.parseFrom(envelope.getPayload());
        channelHeader = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        signatureHeader = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
      } catch (InvalidProtocolBufferException e) {
        disagree(BreakKind.MALFORMED, "the entry is not a Fabric envelope");
        return null;
      }
      transactionId = channelHeader.getTxId();
      HeaderType type = HeaderType.forNumber(channelHeader.getType());
      String typeName = type == null ? "TYPE_" + channelHeader.getType() : type.name();
      Instant timestamp =
          Instant.ofEpochSecond(
              channelHeader.getTimestamp().getSeconds(), channelHeader.getTimestamp().getNanos());

      if (type == HeaderType.CONFIG) {
        return configTransaction(envelope, payload, signatureHeader, typeName, timestamp);
      }
      if (state.config == null) {
        // Nothing to check identities against; the block already carries a MALFORMED break.
        return transaction(typeName, null, timestamp, "", List.of(), null);
      }
      Identity creator = creator(envelope, signatureHeader);
      if (type != HeaderType.ENDORSER_TRANSACTION) {
        return transaction(typeName, creator, timestamp, "", List.of(), null);
      }
      checkTransactionId(signatureHeader);
      return endorserTransaction(payload, creator, typeName, timestamp);
    }

    private VerifiedTransaction configTransaction(
        Envelope envelope,
        Payload payload,
        SignatureHeader signatureHeader,
        String typeName,
        Instant timestamp) {
      ConfigEnvelope configEnvelope;
      try {
        configEnvelope = ConfigEnvelope.parseFrom(payload.getData());
        config = ChannelConfig.of(configEnvelope.getConfig());
      } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
        disagree(BreakKind.MALFORMED, "unreadable channel configuration: " + e.getMessage());
        return null;
      }
      // The genesis block's config entry is unsigned (configtxgen writes it); later ones are
      // signed by an orderer of the configuration in force.
      Identity creator = null;
      if (state.config != null) {
        creator = creator(envelope, signatureHeader);
      }
      return transaction(typeName, creator, timestamp, "", List.of(), null);
    }

    private Identity creator(Envelope envelope, SignatureHeader signatureHeader) {
      if (state.config == null) {
        return null;
      }
      signatures++;
      try {
        Identity creator = state.config.msps().validate(signatureHeader.getCreator());
        if (!creator.verifies(
            envelope.getPayload().toByteArray(), envelope.getSignature().toByteArray())) {
          disagree(
              BreakKind.CREATOR_SIGNATURE,
              "the signature of creator " + creator.shortName() + " does not verify");
        }
        return creator;
      } catch (IdentityException e) {
        disagree(BreakKind.CREATOR_NOT_IN_MSP, e.getMessage());
        return null;
      }
    }

    private void checkTransactionId(SignatureHeader signatureHeader) {
      MessageDigest digest = BlockHashes.sha256();
      digest.update(signatureHeader.getNonce().asReadOnlyByteBuffer());
      digest.update(signatureHeader.getCreator().asReadOnlyByteBuffer());
      if (!HexFormat.of().formatHex(digest.digest()).equals(transactionId)) {
        disagree(BreakKind.TRANSACTION_ID, "the id is not SHA-256(nonce || creator)");
      }
    }

    private VerifiedTransaction endorserTransaction(
        Payload payload, Identity creator, String typeName, Instant timestamp) {
      Transaction transaction;
      ChaincodeEndorsedAction endorsed;
      ChaincodeAction action;
      try {
        transaction = Transaction.parseFrom(payload.getData());
        if (transaction.getActionsCount() != 1) {
          disagree(
              BreakKind.MALFORMED,
              transaction.getActionsCount() + " actions; Fabric allows exactly one");
          return null;
        }
        TransactionAction only = transaction.getActions(0);
        endorsed = ChaincodeActionPayload.parseFrom(only.getPayload()).getAction();
        ProposalResponsePayload response =
            ProposalResponsePayload.parseFrom(endorsed.getProposalResponsePayload());
        action = ChaincodeAction.parseFrom(response.getExtension());
      } catch (InvalidProtocolBufferException e) {
        disagree(BreakKind.MALFORMED, "the transaction does not parse");
        return null;
      }
      List<Identity> endorsers = new ArrayList<>();
      for (Endorsement endorsement : endorsed.getEndorsementsList()) {
        signatures++;
        try {
          Identity endorser = state.config.msps().validate(endorsement.getEndorser());
          byte[] signed =
              concat(
                  endorsed.getProposalResponsePayload().toByteArray(),
                  endorsement.getEndorser().toByteArray());
          if (endorser.verifies(signed, endorsement.getSignature().toByteArray())) {
            endorsers.add(endorser);
          } else {
            disagree(
                BreakKind.ENDORSEMENT_SIGNATURE,
                "the endorsement of " + endorser.shortName() + " does not verify");
          }
        } catch (IdentityException e) {
          disagree(BreakKind.ENDORSER_NOT_IN_MSP, "an endorser: " + e.getMessage());
        }
      }
      ReadWriteSet rwset;
      try {
        rwset = ReadWriteSet.of(action);
      } catch (InvalidProtocolBufferException e) {
        disagree(BreakKind.MALFORMED, "the read-write set or event does not parse");
        return null;
      }
      pending =
          new Pending(
              typeName, creator, timestamp, action.getChaincodeId().getName(), endorsers, rwset);
      return null;
    }

    private VerifiedTransaction checkPolicies(Pending endorsed) {
      String chaincode = endorsed.chaincode();
      ReadWriteSet rwset = endorsed.rwset();
      List<Identity> endorsers = endorsed.endorsers();
      Optional<String> parameterWritten = rules.keyWithParameterWrittenEarlierInBlock(rwset);
      if (peerSaidValid()) {
        parameterWritten.ifPresent(
            key ->
                disagree(
                    BreakKind.ENDORSEMENT_POLICY,
                    "it writes key "
                        + EndorsementRules.printable(key)
                        + ", whose key-level policy an earlier transaction of this block wrote;"
                        + " Fabric refuses such a write whatever its endorsements"));
        for (EndorsementRules.Requirement requirement : rules.requirements(chaincode, rwset)) {
          if (!requirement.policy().isSatisfiedBy(endorsers)) {
            disagree(
                BreakKind.ENDORSEMENT_POLICY,
                "endorsed by "
                    + endorsers.stream().map(Identity::mspId).distinct().toList()
                    + ", which does not satisfy "
                    + requirement.policy().describe()
                    + " required for "
                    + requirement.what());
          }
        }
        if (insuranceRule != null) {
          insuranceRule
              .check(rwset, endorsers, state.config.msps())
              .ifPresent(detail -> disagree(BreakKind.INSURER_RULE, detail));
        }
        rules.apply(rwset);
      } else if (TxValidationCode.ENDORSEMENT_POLICY_FAILURE.name().equals(validationCode)
          && parameterWritten.isEmpty()
          && rules.requirements(chaincode, rwset).stream()
              .allMatch(requirement -> requirement.policy().isSatisfiedBy(endorsers))) {
        report(
            BreakKind.VALIDATION_FLAGS,
            "the peer flagged ENDORSEMENT_POLICY_FAILURE, but the endorsements by "
                + endorsers.stream().map(Identity::mspId).distinct().toList()
                + " satisfy every policy that applied");
      }
      if (passedEndorsementValidation()) {
        rules.passedEndorsementValidation(rwset);
      }
      return transaction(
          endorsed.typeName(),
          endorsed.creator(),
          endorsed.timestamp(),
          chaincode,
          endorsers.stream().map(Identity::mspId).distinct().toList(),
          rwset);
    }

    private VerifiedTransaction transaction(
        String typeName,
        Identity creator,
        Instant timestamp,
        String chaincode,
        List<String> endorsers,
        ReadWriteSet rwset) {
      return new VerifiedTransaction(
          index,
          transactionId,
          typeName,
          validationCode,
          creator == null ? "" : creator.mspId(),
          timestamp,
          chaincode,
          endorsers,
          rwset == null ? List.of() : rwset.reads(),
          rwset == null ? List.of() : rwset.writes(),
          rwset == null ? Optional.empty() : rwset.event());
    }
  }

  private static byte[] metadata(Block block, int index) {
    return index < block.getMetadata().getMetadataCount()
        ? block.getMetadata().getMetadata(index).toByteArray()
        : new byte[0];
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, offset, part.length);
      offset += part.length;
    }
    return result;
  }

  static String hex(byte[] bytes) {
    return bytes.length == 0 ? "(empty)" : HexFormat.of().formatHex(bytes);
  }
}
