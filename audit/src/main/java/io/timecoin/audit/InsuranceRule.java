package io.timecoin.audit;

import io.timecoin.audit.msp.Identity;
import io.timecoin.audit.msp.MspRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;

/**
 * The auditor's own reading of the trust model's insurance rule: no valid write to an insurance
 * object (products, vouchers, claims and their index keys) without an endorsement by the insurer's
 * peer. Fabric enforces this only through the key-level policies and seal the chaincode writes, so
 * a majority of orgs running a modified chaincode could create insurance keys without the insurer;
 * this rule catches that from the blocks alone. The object types are the chaincode's key layout
 * ({@code LedgerKeys}); the insurer's MSP id comes from the auditor's configuration.
 */
public final class InsuranceRule {

  /** Composite-key object types of the chaincode's insurance objects. */
  static final Set<String> INSURANCE_TYPES =
      Set.of(
          "product",
          "voucher",
          "voucherof",
          "voucherheld",
          "claim",
          "claimopen",
          "claimstatus",
          "insurerseal");

  private final String namespace;
  private final String insurerMspId;

  private InsuranceRule(String namespace, String insurerMspId) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.insurerMspId = Objects.requireNonNull(insurerMspId, "insurerMspId");
  }

  /**
   * The rule for the timecoin chaincode's namespace (its name on the channel) and the insurer's MSP
   * id.
   */
  public static InsuranceRule of(String namespace, String insurerMspId) {
    return new InsuranceRule(namespace, insurerMspId);
  }

  /** What is wrong with a valid transaction under this rule, if anything. */
  Optional<String> check(ReadWriteSet rwset, List<Identity> endorsers, MspRegistry msps) {
    Optional<String> insuranceKey = Optional.empty();
    for (ReadWriteSet.Namespace ns : rwset.namespaces()) {
      if (!ns.name().equals(namespace)) {
        continue;
      }
      for (KVWrite write : ns.writes()) {
        insuranceKey = insuranceKey.or(() -> insurance(write.getKey()));
      }
      for (KVMetadataWrite write : ns.metadataWrites()) {
        insuranceKey = insuranceKey.or(() -> insurance(write.getKey()));
      }
    }
    if (insuranceKey.isEmpty()) {
      return Optional.empty();
    }
    boolean insurerEndorsed =
        msps.msp(insurerMspId)
            .map(
                msp ->
                    endorsers.stream()
                        .anyMatch(endorser -> msp.hasRole(endorser, MSPRole.MSPRoleType.PEER)))
            .orElse(false);
    return insurerEndorsed
        ? Optional.empty()
        : Optional.of(
            "writes insurance key "
                + EndorsementRules.printable(insuranceKey.get())
                + " but no peer of "
                + insurerMspId
                + " endorsed it");
  }

  private static Optional<String> insurance(String key) {
    if (key.isEmpty() || key.charAt(0) != '\u0000') {
      return Optional.empty();
    }
    int end = key.indexOf('\u0000', 1);
    String type = end < 0 ? key.substring(1) : key.substring(1, end);
    return INSURANCE_TYPES.contains(type) ? Optional.of(key) : Optional.empty();
  }
}
