package io.timecoin.audit.policy;

import io.timecoin.audit.msp.Identity;
import java.util.List;

/** An endorsement or block validation policy, evaluated over identities whose signatures held. */
public interface Policy {

  /** Whether the signers, each counted at most once per principal, satisfy the policy. */
  boolean isSatisfiedBy(List<Identity> signers);

  /** The policy in words, for reports, e.g. {@code MAJORITY of Endorsement}. */
  String describe();
}
