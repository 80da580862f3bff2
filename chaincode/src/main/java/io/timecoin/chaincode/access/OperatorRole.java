package io.timecoin.chaincode.access;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The operator roles the chaincode knows, as the {@code role} attribute of an operator's
 * certificate names them (issued by the org's Fabric CA, {@code timecoin identities register}).
 */
public enum OperatorRole {
  /** A branch's operator who verifies volunteers' work and records earnings for that branch. */
  EARNING_VERIFIER("earning-verifier"),
  /** The platform's operator who changes the earning policy. */
  POLICY_OFFICER("policy-officer"),
  /** The insurer's staff who decide claims (and may pay them). */
  CLAIMS_OFFICER("claims-officer"),
  /** The insurer's staff who pay decided claims. */
  CLAIMS_PAYER("claims-payer"),
  /** Suspends, reinstates and revokes the org's own operators in the registry on the ledger. */
  IDENTITY_ADMIN("identity-admin"),
  /** The auditor's staff; reading needs no role, so this grants nothing more. */
  AUDITOR("auditor");

  private final String attribute;

  OperatorRole(String attribute) {
    this.attribute = attribute;
  }

  /** The role's name in the certificate's {@code role} attribute. */
  public String attribute() {
    return attribute;
  }

  static Optional<OperatorRole> named(String attribute) {
    return Arrays.stream(values()).filter(role -> role.attribute.equals(attribute)).findFirst();
  }

  static List<String> names() {
    return Arrays.stream(values()).map(OperatorRole::attribute).toList();
  }
}
