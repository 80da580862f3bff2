package io.timecoin.api.auth;

import java.util.Locale;
import java.util.Set;

/**
 * What a caller may do. Staff roles come from API keys and belong to one org; {@link #VOLUNTEER}
 * comes only from a bearer token and is limited to the volunteer's own data.
 */
public enum Role {
  /** The platform backend: registers volunteers and records every coin movement. */
  PLATFORM_OPERATOR("platform"),
  /** Platform staff and services that only read. */
  PLATFORM_READER("platform"),
  /** The insurer's staff systems: voucher products, voids, claim decisions and payments. */
  INSURER_STAFF("insurer"),
  /** An auditor: reads everything, key history and exports. */
  AUDITOR("auditor"),
  /** A volunteer through the platform's app, with a bearer token. */
  VOLUNTEER(null);

  private final String org;

  Role(String org) {
    this.org = org;
  }

  /**
   * Whether an API key with this role may be configured on the instance of {@code instanceOrg}.
   *
   * @param instanceOrg platform, insurer or auditor.
   * @return true if the role belongs to that org.
   */
  public boolean allowedFor(String instanceOrg) {
    return org != null && org.equals(instanceOrg);
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
