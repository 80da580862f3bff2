package io.timecoin.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void only_the_platform_operator_writes_and_only_auditors_export() {
    for (Operation operation : Operation.values()) {
      if (operation.isWrite()) {
        assertThat(operation.allows(Role.PLATFORM_OPERATOR)).isTrue();
        assertThat(operation.allows(Role.AUDITOR)).isFalse();
        assertThat(operation.allows(Role.VOLUNTEER)).isFalse();
      }
    }
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
