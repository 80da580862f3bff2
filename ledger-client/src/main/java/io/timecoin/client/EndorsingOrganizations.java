package io.timecoin.client;

import io.timecoin.model.OrgRole;
import io.timecoin.model.WriteTransaction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which organisations a write asks to endorse it. Most writes leave the choice to the gateway,
 * which picks peers satisfying the chaincode's MAJORITY policy. Insurance writes name their
 * endorsers in the catalogue ({@link WriteTransaction#endorsers()}): their keys carry a key-level
 * policy the gateway does not plan for, and a pair it picks without the insurer (or, for claims,
 * without the platform) makes the write invalid at commit with {@code ENDORSEMENT_POLICY_FAILURE}.
 * The roles become MSP ids from the client's configuration, never from code.
 */
final class EndorsingOrganizations {

  private final Map<OrgRole, String> mspIds;

  private EndorsingOrganizations(Map<OrgRole, String> mspIds) {
    this.mspIds = mspIds.isEmpty() ? Map.of() : new EnumMap<>(mspIds);
  }

  /** The platform's and the insurer's MSP ids as configured (either may be missing). */
  static EndorsingOrganizations from(LedgerConnectionConfig config) {
    Map<OrgRole, String> ids = new EnumMap<>(OrgRole.class);
    config.platformMspId().ifPresent(id -> ids.put(OrgRole.PLATFORM, id));
    config.insurerMspId().ifPresent(id -> ids.put(OrgRole.INSURER, id));
    return new EndorsingOrganizations(ids);
  }

  static EndorsingOrganizations of(Map<OrgRole, String> mspIds) {
    return new EndorsingOrganizations(mspIds);
  }

  /** Knows no organisation: every write that names its endorsers is refused before sending. */
  static EndorsingOrganizations none() {
    return new EndorsingOrganizations(Map.of());
  }

  /**
   * The MSP ids to ask for {@code call}, in role order; empty to let the gateway choose.
   *
   * @throws LedgerException before anything is sent, if the configuration lacks one of them
   */
  List<String> of(WriteCall call) {
    List<String> ids = new ArrayList<>();
    for (OrgRole role : OrgRole.values()) {
      if (!call.endorsers().contains(role)) {
        continue;
      }
      String id = mspIds.get(role);
      if (id == null) {
        throw new LedgerException(
            call.name()
                + " must be endorsed by the "
                + role.name().toLowerCase(java.util.Locale.ROOT)
                + "'s peer, but the client configuration does not name its MSP id (set "
                + keyOf(role)
                + "); nothing was sent",
            null,
            null);
      }
      ids.add(id);
    }
    return ids;
  }

  private static String keyOf(OrgRole role) {
    return switch (role) {
      case PLATFORM -> LedgerConnectionConfig.KEY_PLATFORM_MSP_ID;
      case INSURER -> LedgerConnectionConfig.KEY_INSURER_MSP_ID;
      case AUDITOR -> "an auditor MSP id (no write names the auditor)";
    };
  }
}
