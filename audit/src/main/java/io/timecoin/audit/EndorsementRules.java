package io.timecoin.audit;

import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.audit.policy.ChannelConfig;
import io.timecoin.audit.policy.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataEntry;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ApplicationPolicy;
import org.hyperledger.fabric.protos.peer.CollectionConfigPackage;
import org.hyperledger.fabric.protos.peer.lifecycle.ChaincodeValidationInfo;
import org.hyperledger.fabric.protos.peer.lifecycle.StateData;

/**
 * Which endorsement policies a valid transaction had to satisfy, decided as Fabric's v2 validator
 * does: a write to a key that carries a key-level policy (set by an earlier valid metadata write,
 * e.g. the insurer-and-platform policy on claim keys) needs that policy; any other write to a
 * namespace needs the chaincode's policy from its {@code _lifecycle} definition (or the
 * collection's own policy for private writes, if it has one); a transaction that wrote nothing
 * needs its chaincode's policy. {@code _lifecycle} itself needs LifecycleEndorsement, and an org's
 * approval (a write to its implicit collection) that org's Endorsement policy.
 */
final class EndorsementRules {

  static final String LIFECYCLE = "_lifecycle";
  private static final String VALIDATION_PARAMETER = "VALIDATION_PARAMETER";
  private static final String IMPLICIT_COLLECTION_PREFIX = "_implicit_org_";
  private static final String DEFINITION_PREFIX = "namespaces/fields/";
  private static final String VALIDATION_INFO = "/ValidationInfo";
  private static final String COLLECTIONS = "/Collections";

  /** A policy and what it was required for, for reports. */
  record Requirement(Policy policy, String what) {}

  private final ChainState state;

  /**
   * Keys ({@code namespace U+0001 key}) whose validation parameter an earlier transaction of the
   * block being verified wrote, and that passed Fabric's endorsement validation (its final flag is
   * VALID or a later, MVCC-stage failure).
   */
  private final Set<String> parametersWrittenInBlock = new HashSet<>();

  EndorsementRules(ChainState state) {
    this.state = state;
  }

  /** Forgets the previous block's validation parameter writes. */
  void startBlock() {
    parametersWrittenInBlock.clear();
  }

  /**
   * The first key {@code rwset} writes (or writes metadata of) whose validation parameter an
   * earlier transaction of this block wrote. Fabric's validator refuses such a write whatever its
   * endorsements ({@code ValidationParameterUpdatedError}, flagged ENDORSEMENT_POLICY_FAILURE): the
   * key-level policy it must meet is not settled until the block is committed. E.g. two voucher
   * purchases of one product in one block: the first re-sets the product key's policy, the second
   * is invalid.
   */
  Optional<String> keyWithParameterWrittenEarlierInBlock(ReadWriteSet rwset) {
    if (parametersWrittenInBlock.isEmpty()) {
      return Optional.empty();
    }
    for (ReadWriteSet.Namespace ns : rwset.namespaces()) {
      for (KVWrite write : ns.writes()) {
        if (parametersWrittenInBlock.contains(blockKey(ns.name(), write.getKey()))) {
          return Optional.of(write.getKey());
        }
      }
      for (KVMetadataWrite write : ns.metadataWrites()) {
        if (parametersWrittenInBlock.contains(blockKey(ns.name(), write.getKey()))) {
          return Optional.of(write.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Records the metadata writes of a transaction that passed endorsement validation, for the
   * block's later transactions (see {@link #keyWithParameterWrittenEarlierInBlock}).
   */
  void passedEndorsementValidation(ReadWriteSet rwset) {
    for (ReadWriteSet.Namespace ns : rwset.namespaces()) {
      for (KVMetadataWrite write : ns.metadataWrites()) {
        parametersWrittenInBlock.add(blockKey(ns.name(), write.getKey()));
      }
    }
  }

  private static String blockKey(String namespace, String key) {
    return namespace + '\u0001' + key;
  }

  /** The distinct policies the transaction's endorsements must satisfy. */
  List<Requirement> requirements(String invokedChaincode, ReadWriteSet rwset) {
    // Keyed by what the policy is for, so that one policy needed by many keys is reported once.
    Map<String, Requirement> required = new LinkedHashMap<>();
    boolean invokedChecked = false;
    for (ReadWriteSet.Namespace ns : rwset.namespaces()) {
      if (!ns.writesAnything()) {
        continue;
      }
      Map<String, Requirement> forNamespace = new LinkedHashMap<>();
      for (KVWrite write : ns.writes()) {
        addKey(forNamespace, ns.name(), write.getKey());
      }
      for (KVMetadataWrite write : ns.metadataWrites()) {
        addKey(forNamespace, ns.name(), write.getKey());
      }
      for (String collection : ns.writtenCollections()) {
        Optional<Requirement> collectionPolicy = collectionPolicy(ns.name(), collection);
        Requirement requirement = collectionPolicy.orElseGet(() -> chaincodePolicy(ns.name()));
        forNamespace.putIfAbsent(requirement.what(), requirement);
      }
      required.putAll(forNamespace);
      invokedChecked |= ns.name().equals(invokedChaincode);
    }
    // The invoked chaincode's own policy applies even when it wrote nothing.
    if (!invokedChecked) {
      Requirement requirement = chaincodePolicy(invokedChaincode);
      required.put(requirement.what(), requirement);
    }
    return new ArrayList<>(required.values());
  }

  private void addKey(Map<String, Requirement> required, String namespace, String key) {
    var keyPolicy = state.keyPolicy(namespace, key);
    if (keyPolicy.isPresent()) {
      Requirement requirement =
          new Requirement(
              state.config.signaturePolicy(keyPolicy.get()),
              "the key-level policy of key " + printable(key) + " in " + namespace);
      required.putIfAbsent(requirement.what(), requirement);
    } else {
      Requirement requirement = chaincodePolicy(namespace);
      required.putIfAbsent(requirement.what(), requirement);
    }
  }

  private Requirement chaincodePolicy(String namespace) {
    if (namespace.equals(LIFECYCLE)) {
      return fromChannel(ChannelConfig.LIFECYCLE_ENDORSEMENT, "the _lifecycle namespace");
    }
    ApplicationPolicy policy = state.chaincodePolicies.get(namespace);
    String what = "chaincode " + namespace;
    if (policy == null) {
      // A definition committed before the checkpoint the verifier started from, or none at all.
      return fromChannel(ChannelConfig.APPLICATION_ENDORSEMENT, what + " (channel default)");
    }
    return fromApplicationPolicy(policy, what);
  }

  private Optional<Requirement> collectionPolicy(String namespace, String collection) {
    if (namespace.equals(LIFECYCLE) && collection.startsWith(IMPLICIT_COLLECTION_PREFIX)) {
      String mspId = collection.substring(IMPLICIT_COLLECTION_PREFIX.length());
      String org = state.config.applicationOrgOf(mspId).orElse(mspId);
      return Optional.of(
          fromChannel("/Channel/Application/" + org + "/Endorsement", "an approval by " + mspId));
    }
    ApplicationPolicy policy = state.collectionPolicies.get(namespace + "/" + collection);
    return policy == null
        ? Optional.empty()
        : Optional.of(
            fromApplicationPolicy(policy, "collection " + collection + " of " + namespace));
  }

  private Requirement fromApplicationPolicy(ApplicationPolicy policy, String what) {
    if (policy.hasSignaturePolicy()) {
      return new Requirement(state.config.signaturePolicy(policy.getSignaturePolicy()), what);
    }
    return fromChannel(policy.getChannelConfigPolicyReference(), what);
  }

  private Requirement fromChannel(String path, String what) {
    Policy policy =
        state
            .config
            .policy(path)
            .orElseGet(
                () ->
                    state.config.signaturePolicy(
                        org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope
                            .getDefaultInstance()));
    return new Requirement(policy, what + " (" + path + ")");
  }

  /** Records the policies a valid transaction set: key-level policies and chaincode definitions. */
  void apply(ReadWriteSet rwset) {
    for (ReadWriteSet.Namespace ns : rwset.namespaces()) {
      for (KVWrite write : ns.writes()) {
        if (write.getIsDelete()) {
          state.removeKeyPolicy(ns.name(), write.getKey());
        } else if (ns.name().equals(LIFECYCLE)) {
          recordDefinition(write);
        }
      }
      for (KVMetadataWrite write : ns.metadataWrites()) {
        state.setKeyPolicy(
            ns.name(),
            write.getKey(),
            write.getEntriesList().stream()
                .filter(entry -> entry.getName().equals(VALIDATION_PARAMETER))
                .map(KVMetadataEntry::getValue)
                .findFirst()
                .orElse(null));
      }
    }
  }

  private void recordDefinition(KVWrite write) {
    String key = write.getKey();
    if (!key.startsWith(DEFINITION_PREFIX)) {
      return;
    }
    try {
      if (key.endsWith(VALIDATION_INFO)) {
        String chaincode =
            key.substring(DEFINITION_PREFIX.length(), key.length() - VALIDATION_INFO.length());
        ChaincodeValidationInfo info =
            ChaincodeValidationInfo.parseFrom(StateData.parseFrom(write.getValue()).getBytes());
        state.chaincodePolicies.put(
            chaincode, ApplicationPolicy.parseFrom(info.getValidationParameter()));
      } else if (key.endsWith(COLLECTIONS)) {
        String chaincode =
            key.substring(DEFINITION_PREFIX.length(), key.length() - COLLECTIONS.length());
        CollectionConfigPackage collections =
            CollectionConfigPackage.parseFrom(StateData.parseFrom(write.getValue()).getBytes());
        state.collectionPolicies.keySet().removeIf(name -> name.startsWith(chaincode + "/"));
        for (var collection : collections.getConfigList()) {
          var config = collection.getStaticCollectionConfig();
          if (config.hasEndorsementPolicy()) {
            state.collectionPolicies.put(
                chaincode + "/" + config.getName(), config.getEndorsementPolicy());
          }
        }
      }
    } catch (InvalidProtocolBufferException e) {
      // An unreadable definition leaves the previous policy in force; Fabric's lifecycle would
      // not have written one.
    }
  }

  /** Composite keys start with U+0000 and separate parts with it; show them readably. */
  static String printable(String key) {
    return "'" + key.replace('\u0000', '|') + "'";
  }
}
