package io.timecoin.api.auth;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation of the API with the roles allowed to perform it: the one access table. The
 * chaincode enforces the org-level rules again; this table adds the finer roles inside an org and
 * the volunteer's own-data rule (checked by the resources with {@link Caller#mayRead}).
 */
public enum Operation {
  REGISTER_VOLUNTEER(Role.PLATFORM_OPERATOR),
  SET_ACCOUNT_STATUS(Role.PLATFORM_OPERATOR),
  RECORD_EARNING(Role.PLATFORM_OPERATOR),
  PAY_FOR_HELP(Role.PLATFORM_OPERATOR),
  TRANSFER(Role.PLATFORM_OPERATOR),
  REVERSE_ENTRY(Role.PLATFORM_OPERATOR),
  SET_EARNING_POLICY(Role.PLATFORM_OPERATOR),
  READ_ACCOUNT(
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  READ_ENTRIES(
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  READ_EARNING_POLICY(
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  READ_REQUEST(Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  READ_TRANSACTION(Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  READ_EVENTS(Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  READ_KEY_HISTORY(Role.AUDITOR),
  EXPORT_ENTRIES(Role.AUDITOR);

  private final Set<Role> allowed;

  Operation(Role first, Role... more) {
    this.allowed = EnumSet.of(first, more);
  }

  /** Whether {@code role} may perform this operation. */
  public boolean allows(Role role) {
    return allowed.contains(role);
  }

  /** Whether this operation writes to the ledger (and so needs an Idempotency-Key). */
  public boolean isWrite() {
    return allowed.size() == 1 && allowed.contains(Role.PLATFORM_OPERATOR);
  }
}
