package io.timecoin.audit.policy;

import io.timecoin.audit.msp.Identity;
import io.timecoin.audit.msp.Msp;
import io.timecoin.audit.msp.MspRegistry;
import java.util.List;
import java.util.stream.Collectors;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicy.NOutOf;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;

/**
 * A {@code SignaturePolicyEnvelope} (e.g. {@code OR('InsurerMSP.peer')} or a key-level policy),
 * evaluated as Fabric's cauthdsl does: an {@code n out of} over rules, each {@code signed by} rule
 * consuming one signer that no earlier satisfied rule used. Only ROLE principals are understood;
 * any other principal is never satisfied, so an unknown policy fails closed.
 */
public final class SignaturePolicy implements Policy {

  private final SignaturePolicyEnvelope envelope;
  private final MspRegistry msps;

  public SignaturePolicy(SignaturePolicyEnvelope envelope, MspRegistry msps) {
    this.envelope = envelope;
    this.msps = msps;
  }

  @Override
  public boolean isSatisfiedBy(List<Identity> signers) {
    boolean[] used = new boolean[signers.size()];
    return evaluate(envelope.getRule(), signers, used);
  }

  private boolean evaluate(
      org.hyperledger.fabric.protos.common.SignaturePolicy rule,
      List<Identity> signers,
      boolean[] used) {
    if (rule.hasNOutOf()) {
      NOutOf nOutOf = rule.getNOutOf();
      int satisfied = 0;
      for (var inner : nOutOf.getRulesList()) {
        boolean[] attempt = used.clone();
        if (evaluate(inner, signers, attempt)) {
          System.arraycopy(attempt, 0, used, 0, used.length);
          satisfied++;
        }
      }
      return satisfied >= nOutOf.getN();
    }
    int index = rule.getSignedBy();
    if (index < 0 || index >= envelope.getIdentitiesCount()) {
      return false;
    }
    MSPPrincipal principal = envelope.getIdentities(index);
    for (int i = 0; i < signers.size(); i++) {
      if (!used[i] && satisfies(signers.get(i), principal)) {
        used[i] = true;
        return true;
      }
    }
    return false;
  }

  private boolean satisfies(Identity signer, MSPPrincipal principal) {
    if (principal.getPrincipalClassification() != MSPPrincipal.Classification.ROLE) {
      return false;
    }
    MSPRole role;
    try {
      role = MSPRole.parseFrom(principal.getPrincipal());
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      return false;
    }
    return msps.msp(role.getMspIdentifier())
        .map((Msp msp) -> msp.hasRole(signer, role.getRole()))
        .orElse(false);
  }

  @Override
  public String describe() {
    return describe(envelope.getRule());
  }

  private String describe(org.hyperledger.fabric.protos.common.SignaturePolicy rule) {
    if (rule.hasNOutOf()) {
      return rule.getNOutOf().getN()
          + "-of("
          + rule.getNOutOf().getRulesList().stream()
              .map(this::describe)
              .collect(Collectors.joining(", "))
          + ")";
    }
    int index = rule.getSignedBy();
    if (index < 0 || index >= envelope.getIdentitiesCount()) {
      return "?";
    }
    MSPPrincipal principal = envelope.getIdentities(index);
    try {
      MSPRole role = MSPRole.parseFrom(principal.getPrincipal());
      return role.getMspIdentifier() + "." + role.getRole().name().toLowerCase();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      return "?";
    }
  }
}
