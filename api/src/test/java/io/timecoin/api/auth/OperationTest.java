package io.timecoin.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void each_write_has_exactly_one_writing_role_and_only_auditors_export() {
    for (Operation operation : Operation.values()) {
      if (operation.isWrite()) {
        assertThat(operation.allows(Role.PLATFORM_OPERATOR))
            .as(operation.name())
            .isNotEqualTo(operation.allows(Role.INSURER_STAFF));
        assertThat(operation.allows(Role.PLATFORM_READER)).isFalse();
        assertThat(operation.allows(Role.AUDITOR)).isFalse();
        assertThat(operation.allows(Role.VOLUNTEER)).isFalse();
      }
    }
    assertThat(Operation.DECIDE_CLAIM.allows(Role.INSURER_STAFF)).isTrue();
    assertThat(Operation.FILE_CLAIM.allows(Role.PLATFORM_OPERATOR)).isTrue();
    assertThat(Operation.READ_CLAIM_PRIVATE.allows(Role.AUDITOR)).isFalse();
    assertThat(Operation.READ_CLAIM_PRIVATE.allows(Role.VOLUNTEER)).isFalse();
    assertThat(Operation.READ_CLAIM_PRIVATE.allows(Role.PLATFORM_READER)).isFalse();
    assertThat(Operation.LIST_CLAIMS.allows(Role.VOLUNTEER)).isFalse();
    assertThat(Operation.EXPORT_ENTRIES.allows(Role.AUDITOR)).isTrue();
    assertThat(Operation.EXPORT_ENTRIES.allows(Role.PLATFORM_OPERATOR)).isFalse();
    assertThat(Operation.READ_KEY_HISTORY.allows(Role.INSURER_STAFF)).isFalse();
    assertThat(Operation.READ_REQUEST.allows(Role.VOLUNTEER)).isFalse();
  }

  @Test
  void key_roles_belong_to_one_org_and_volunteers_to_none() {
    assertThat(Role.keyRolesOf("platform"))
        .containsExactlyInAnyOrder(Role.PLATFORM_OPERATOR, Role.PLATFORM_READER);
    assertThat(Role.keyRolesOf("insurer")).containsExactly(Role.INSURER_STAFF);
    assertThat(Role.keyRolesOf("auditor")).containsExactly(Role.AUDITOR);
  }
}
