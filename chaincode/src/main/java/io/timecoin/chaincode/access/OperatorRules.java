package io.timecoin.chaincode.access;

import static io.timecoin.chaincode.access.OperatorRole.CLAIMS_OFFICER;
import static io.timecoin.chaincode.access.OperatorRole.CLAIMS_PAYER;
import static io.timecoin.chaincode.access.OperatorRole.EARNING_VERIFIER;
import static io.timecoin.chaincode.access.OperatorRole.IDENTITY_ADMIN;
import static io.timecoin.chaincode.access.OperatorRole.POLICY_OFFICER;

import io.timecoin.model.TransactionNames;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which transactions need an operator role on top of the organisation's right to run them, and
 * which roles qualify (any one of them). Every other transaction is open to every client identity
 * of an organisation that may run it, with or without a role: the org's service identity
 * (cryptogen's User1, no attributes) registers volunteers, moves coins between them, buys vouchers
 * and files claims, but never mints, sets the policy, decides or pays a claim, or changes the
 * operator registry.
 */
final class OperatorRules {

  private static final Map<String, Set<OperatorRole>> REQUIRED =
      Map.of(
          TransactionNames.RECORD_EARNING, EnumSet.of(EARNING_VERIFIER),
          TransactionNames.SET_EARNING_POLICY, EnumSet.of(POLICY_OFFICER),
          TransactionNames.DECIDE_CLAIM, EnumSet.of(CLAIMS_OFFICER),
          TransactionNames.MARK_CLAIM_PAID, EnumSet.of(CLAIMS_OFFICER, CLAIMS_PAYER),
          TransactionNames.SET_PLATFORM_OPERATOR_STATUS, EnumSet.of(IDENTITY_ADMIN),
          TransactionNames.SET_INSURER_OPERATOR_STATUS, EnumSet.of(IDENTITY_ADMIN));

  private OperatorRules() {}

  /** The roles of which the caller needs one to run {@code transaction}; empty for none. */
  static Set<OperatorRole> requiredFor(String transaction) {
    return REQUIRED.getOrDefault(transaction, Set.of());
  }
}
