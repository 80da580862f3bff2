package io.timecoin.api.auth;

import io.timecoin.model.OrgRole;
import java.util.Locale;
import java.util.Set;

/**
 * What a caller may do. Staff roles come from API keys and belong to one org; {@link #VOLUNTEER}
 * comes only from a bearer token and is limited to the volunteer's own data.
 */
public enum Role {
  /** The platform backend: registers volunteers and records every coin movement. */
  PLATFORM_OPERATOR(OrgRole.PLATFORM, true),
  /** Platform staff and services that only read. */
  PLATFORM_READER(OrgRole.PLATFORM, false),
  /** The insurer's staff systems: voucher products, voids, claim decisions and payments. */
  INSURER_STAFF(OrgRole.INSURER, true),
  /** An auditor: reads everything, key history and exports. */
  AUDITOR(OrgRole.AUDITOR, false),
  /** A volunteer through the platform's app, with a bearer token. */
  VOLUNTEER(null, false);

  private final OrgRole org;
  private final boolean acts;

  Role(OrgRole org, boolean acts) {
    this.org = org;
    this.acts = acts;
  }

  /**
   * The organisation role of the staff member's org on the ledger.
   *
   * @return the org role; null for {@link #VOLUNTEER}, who belongs to no org.
   */
  public OrgRole org() {
    return org;
  }

  /**
   * Whether the role acts for its org (writes, and reads what only those who act need) rather than
   * only reading.
   *
   * @return true for the operator roles.
   */
  public boolean acts() {
    return acts;
  }

  /**
   * Whether an API key with this role may be configured on the instance of {@code instanceOrg}.
   *
   * @param instanceOrg platform, insurer or auditor.
   * @return true if the role belongs to that org.
   */
  public boolean allowedFor(String instanceOrg) {
    return org != null && org.name().toLowerCase(Locale.ROOT).equals(instanceOrg);
  }

  /** The roles an API key may have on the instance of {@code instanceOrg}. */
  public static Set<Role> keyRolesOf(String instanceOrg) {
    var roles = java.util.EnumSet.noneOf(Role.class);
    for (Role role : values()) {
      if (role.allowedFor(instanceOrg)) {
        roles.add(role);
      }
    }
    return roles;
  }

  /** The name used in configuration files, e.g. {@code platform-operator}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a configuration name.
   *
   * @throws IllegalArgumentException for an unknown name.
   */
  public static Role ofConfigName(String name) {
    for (Role role : values()) {
      if (role.configName().equals(name)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + name
            + "'; roles are platform-operator, platform-reader,"
            + " insurer-staff, auditor");
  }
}
