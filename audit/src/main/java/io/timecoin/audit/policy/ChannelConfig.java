package io.timecoin.audit.policy;

import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.audit.msp.Msp;
import io.timecoin.audit.msp.MspRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.hyperledger.fabric.protos.msp.MSPConfig;

/**
 * A channel configuration as a config block carries it: every organisation's MSP (orderer and
 * application orgs) and the policy tree, resolved by path such as {@code
 * /Channel/Orderer/BlockValidation}. Immutable; a config update yields a new instance.
 */
public final class ChannelConfig {

  /** The policy the orderers' block signatures must satisfy. */
  public static final String BLOCK_VALIDATION = "/Channel/Orderer/BlockValidation";

  /** The channel's default chaincode endorsement policy. */
  public static final String APPLICATION_ENDORSEMENT = "/Channel/Application/Endorsement";

  /** The endorsement policy of the {@code _lifecycle} namespace. */
  public static final String LIFECYCLE_ENDORSEMENT = "/Channel/Application/LifecycleEndorsement";

  private static final String CHANNEL = "Channel";
  private static final String MSP_VALUE = "MSP";

  private final Config config;
  private final MspRegistry msps;
  private final Map<String, String> applicationOrgByMsp;

  private ChannelConfig(Config config) {
    this.config = config;
    Map<String, Msp> byId = new TreeMap<>();
    Map<String, String> orgByMsp = new TreeMap<>();
    for (var section : config.getChannelGroup().getGroupsMap().entrySet()) {
      for (var org : section.getValue().getGroupsMap().entrySet()) {
        var value = org.getValue().getValuesMap().get(MSP_VALUE);
        if (value == null) {
          continue;
        }
        try {
          Msp msp = Msp.fromConfig(MSPConfig.parseFrom(value.getValue()));
          byId.put(msp.mspId(), msp);
          if (section.getKey().equals("Application")) {
            orgByMsp.put(msp.mspId(), org.getKey());
          }
        } catch (InvalidProtocolBufferException e) {
          throw new IllegalArgumentException("unreadable MSP of org " + org.getKey(), e);
        }
      }
    }
    this.msps = new MspRegistry(byId);
    this.applicationOrgByMsp = Map.copyOf(orgByMsp);
  }

  /** Reads the configuration of a config block's {@code ConfigEnvelope}. */
  public static ChannelConfig of(Config config) {
    return new ChannelConfig(config);
  }

  public Config config() {
    return config;
  }

  public MspRegistry msps() {
    return msps;
  }

  /** The channel config group name of the application org whose MSP id is {@code mspId}. */
  public Optional<String> applicationOrgOf(String mspId) {
    return Optional.ofNullable(applicationOrgByMsp.get(mspId));
  }

  /** A policy in the same form as a {@code SignaturePolicyEnvelope} found in a transaction. */
  public Policy signaturePolicy(SignaturePolicyEnvelope envelope) {
    return new SignaturePolicy(envelope, msps);
  }

  /**
   * The policy at {@code path} (e.g. {@link #APPLICATION_ENDORSEMENT}), or empty if the config has
   * none there.
   */
  public Optional<Policy> policy(String path) {
    String[] parts = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
    if (parts.length < 2 || !parts[0].equals(CHANNEL)) {
      return Optional.empty();
    }
    ConfigGroup group = config.getChannelGroup();
    for (int i = 1; i < parts.length - 1; i++) {
      group = group.getGroupsMap().get(parts[i]);
      if (group == null) {
        return Optional.empty();
      }
    }
    return policyIn(group, parts[parts.length - 1]);
  }

  private Optional<Policy> policyIn(ConfigGroup group, String name) {
    ConfigPolicy configPolicy = group.getPoliciesMap().get(name);
    if (configPolicy == null) {
      return Optional.empty();
    }
    var policy = configPolicy.getPolicy();
    try {
      switch (policy.getType()) {
        case 1: // SIGNATURE
          return Optional.of(
              new SignaturePolicy(SignaturePolicyEnvelope.parseFrom(policy.getValue()), msps));
        case 3: // IMPLICIT_META
          var meta =
              org.hyperledger.fabric.protos.common.ImplicitMetaPolicy.parseFrom(policy.getValue());
          List<Policy> subPolicies = new ArrayList<>();
          for (ConfigGroup child : new TreeMap<>(group.getGroupsMap()).values()) {
            subPolicies.add(policyIn(child, meta.getSubPolicy()).orElse(NEVER_SATISFIED));
          }
          return Optional.of(
              new ImplicitMetaPolicy(meta.getRule(), meta.getSubPolicy(), subPolicies));
        default:
          return Optional.of(NEVER_SATISFIED);
      }
    } catch (InvalidProtocolBufferException e) {
      return Optional.of(NEVER_SATISFIED);
    }
  }

  private static final Policy NEVER_SATISFIED =
      new Policy() {
        @Override
        public boolean isSatisfiedBy(List<io.timecoin.audit.msp.Identity> signers) {
          return false;
        }

        @Override
        public String describe() {
          return "an unreadable or unsupported policy";
        }
      };
}
