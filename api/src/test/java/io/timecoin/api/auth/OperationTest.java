package io.timecoin.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.Transactions;
import org.junit.jupiter.api.Test;

class OperationTest {

  @Test
  void each_write_has_exactly_one_writing_role_and_only_auditors_export() {
    for (LedgerTransaction<?, ?> transaction : Transactions.ALL) {
      Operation operation = Operation.of(transaction);
      if (operation.isWrite()) {
        assertThat(operation.allows(Role.PLATFORM_OPERATOR))
            .as(operation.name())
            .isNotEqualTo(operation.allows(Role.INSURER_STAFF));
        assertThat(operation.allows(Role.PLATFORM_READER)).isFalse();
        assertThat(operation.allows(Role.AUDITOR)).isFalse();
        assertThat(operation.allows(Role.VOLUNTEER)).isFalse();
      }
    }
    assertThat(Operation.of(Transactions.DECIDE_CLAIM).allows(Role.INSURER_STAFF)).isTrue();
    assertThat(Operation.of(Transactions.FILE_CLAIM).allows(Role.PLATFORM_OPERATOR)).isTrue();
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

  @Test
  void volunteers_reach_only_public_reads_unless_the_read_is_owner_scoped() {
    for (LedgerTransaction<?, ?> transaction : Transactions.ALL) {
      assertThat(Operation.of(transaction).allows(Role.VOLUNTEER)).as(transaction.name()).isFalse();
    }
    assertThat(Operation.values())
        .filteredOn(operation -> operation.allows(Role.VOLUNTEER))
        .containsExactlyInAnyOrder(
            Operation.READ_EARNING_POLICY,
            Operation.READ_PRODUCTS,
            Operation.READ_HEARTS_POLICY,
            Operation.READ_PROJECT,
            Operation.READ_PROJECT_PROGRESS,
            Operation.DONATE);
    for (OwnedRead read : OwnedRead.values()) {
      assertThat(read.allows(Role.VOLUNTEER)).as(read.name()).isTrue();
      assertThat(read.allows(Role.AUDITOR)).as(read.name()).isTrue();
    }
  }

  @Test
  void the_role_table_follows_the_chaincode_s_org_rules() {
    for (LedgerTransaction<?, ?> transaction : Transactions.ALL) {
      for (Role role : Role.values()) {
        if (Operation.of(transaction).allows(role)) {
          assertThat(transaction.allowedRoles()).as(transaction.name()).contains(role.org());
        }
      }
    }
  }
}
