package io.timecoin.audit;

import com.google.protobuf.ByteString;
import io.timecoin.audit.policy.ChannelConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.protos.peer.ApplicationPolicy;

/**
 * What the verifier must remember between blocks: where the chain is, the channel configuration in
 * force, every chaincode's endorsement policy (from {@code _lifecycle}) and every key-level
 * endorsement policy (from validated metadata writes). Not thread-safe; owned by one verifier.
 */
final class ChainState {

  long nextBlockNumber;
  byte[] previousHash;
  ChannelConfig config;
  final Map<String, ApplicationPolicy> chaincodePolicies = new HashMap<>();
  final Map<String, ApplicationPolicy> collectionPolicies = new HashMap<>();
  final Map<String, Map<String, SignaturePolicyEnvelope>> keyPolicies = new HashMap<>();

  ChainState(long nextBlockNumber, byte[] previousHash, ChannelConfig config) {
    this.nextBlockNumber = nextBlockNumber;
    this.previousHash = previousHash;
    this.config = config;
  }

  Optional<SignaturePolicyEnvelope> keyPolicy(String namespace, String key) {
    return Optional.ofNullable(keyPolicies.getOrDefault(namespace, Map.of()).get(key));
  }

  void setKeyPolicy(String namespace, String key, ByteString policy) {
    if (policy == null || policy.isEmpty()) {
      removeKeyPolicy(namespace, key);
      return;
    }
    try {
      keyPolicies
          .computeIfAbsent(namespace, ignored -> new HashMap<>())
          .put(key, SignaturePolicyEnvelope.parseFrom(policy));
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      // Fabric would refuse every later write to the key; so does an empty policy.
      keyPolicies
          .computeIfAbsent(namespace, ignored -> new HashMap<>())
          .put(key, SignaturePolicyEnvelope.getDefaultInstance());
    }
  }

  void removeKeyPolicy(String namespace, String key) {
    Map<String, SignaturePolicyEnvelope> policies = keyPolicies.get(namespace);
    if (policies != null) {
      policies.remove(key);
    }
  }
}
