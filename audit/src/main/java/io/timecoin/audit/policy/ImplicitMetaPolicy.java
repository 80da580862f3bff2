package io.timecoin.audit.policy;

import io.timecoin.audit.msp.Identity;
import java.util.List;
import org.hyperledger.fabric.protos.common.ImplicitMetaPolicy.Rule;

/**
 * An {@code ImplicitMetaPolicy} (e.g. {@code MAJORITY Endorsement}): ANY, ALL or MAJORITY of the
 * same-named policy of each sub-group (each organisation).
 */
public final class ImplicitMetaPolicy implements Policy {

  private final Rule rule;
  private final String subPolicy;
  private final List<Policy> subPolicies;

  public ImplicitMetaPolicy(Rule rule, String subPolicy, List<Policy> subPolicies) {
    this.rule = rule;
    this.subPolicy = subPolicy;
    this.subPolicies = List.copyOf(subPolicies);
  }

  @Override
  public boolean isSatisfiedBy(List<Identity> signers) {
    int required =
        switch (rule) {
          case ANY -> 1;
          case ALL -> subPolicies.size();
          case MAJORITY -> subPolicies.size() / 2 + 1;
          default -> Integer.MAX_VALUE;
        };
    long satisfied = subPolicies.stream().filter(policy -> policy.isSatisfiedBy(signers)).count();
    // ANY of no sub-policies is never satisfied; ALL of none is, as in Fabric.
    return satisfied >= required;
  }

  @Override
  public String describe() {
    return rule.name() + " " + subPolicy + " (" + subPolicies.size() + " orgs)";
  }
}
