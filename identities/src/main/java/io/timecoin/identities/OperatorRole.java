package io.timecoin.identities;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The operator roles an org's CA puts in an enrollment certificate (attribute {@code role}), and
 * the org whose CA may issue each. The chaincode reads them from the caller's certificate.
 */
public enum OperatorRole {
  /** A branch's operator who verifies volunteers' work and records earnings for that branch. */
  EARNING_VERIFIER("earning-verifier", "platform", true),
  /** The platform's operator who changes the earning policy. */
  POLICY_OFFICER("policy-officer", "platform", false),
  /** The insurer's staff who decide claims. */
  CLAIMS_OFFICER("claims-officer", "insurer", false),
  /** The insurer's staff who pay decided claims. */
  CLAIMS_PAYER("claims-payer", "insurer", false),
  /** Suspends, reinstates and revokes the platform's operators in its registry on the ledger. */
  PLATFORM_IDENTITY_ADMIN("identity-admin", "platform", false),
  /** Suspends, reinstates and revokes the insurer's operators in its registry on the ledger. */
  INSURER_IDENTITY_ADMIN("identity-admin", "insurer", false),
  /** The auditor's staff who read and verify the ledger. */
  AUDITOR("auditor", "auditor", false);

  private final String attribute;
  private final String org;
  private final boolean needsBranch;

  OperatorRole(String attribute, String org, boolean needsBranch) {
    this.attribute = attribute;
    this.org = org;
    this.needsBranch = needsBranch;
  }

  /** The value of the certificate's {@code role} attribute. */
  public String attribute() {
    return attribute;
  }

  /** The org (folder name of its CA, e.g. {@code platform}) whose CA issues this role. */
  public String org() {
    return org;
  }

  /** Whether an operator of this role acts for one branch (attribute {@code branch}). */
  public boolean needsBranch() {
    return needsBranch;
  }

  /** The role named by its attribute value, or {@code INVALID_INPUT} listing the valid ones. */
  public static OperatorRole fromAttribute(String value) {
    return Arrays.stream(values())
        .filter(r -> r.attribute.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IdentityError(
                    IdentityError.Code.INVALID_INPUT,
                    "unknown role '" + value + "'; one of " + attributes()));
  }

  /**
   * The role of {@code org}'s CA named by its attribute value, or {@code INVALID_INPUT} (unknown,
   * or issued by another org's CA).
   */
  public static OperatorRole fromAttribute(String value, String org) {
    OperatorRole any = fromAttribute(value);
    return Arrays.stream(values())
        .filter(r -> r.attribute.equals(value) && r.org.equals(org))
        .findFirst()
        .orElseThrow(
            () ->
                new IdentityError(
                    IdentityError.Code.INVALID_INPUT,
                    "role '" + value + "' is issued by the " + any.org + " CA, not " + org + "'s"));
  }

  /** Every role's attribute value. */
  public static List<String> attributes() {
    return Arrays.stream(values())
        .map(OperatorRole::attribute)
        .distinct()
        .collect(Collectors.toList());
  }
}
