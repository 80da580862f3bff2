package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransactionsTest {

  private static final String HASH = "ab".repeat(32);

  @Test
  void every_declared_constant_is_in_the_catalogue_once_under_a_name_of_transaction_names()
      throws Exception {
    List<Object> constants = new ArrayList<>();
    for (Field field : Transactions.class.getFields()) {
      if (LedgerTransaction.class.isAssignableFrom(field.getType())) {
        constants.add(field.get(null));
      }
    }
    List<Object> names = new ArrayList<>();
    for (Field field : TransactionNames.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("CLAIM_")) {
        names.add(field.get(null));
      }
    }

    assertThat(Transactions.ALL)
        .containsExactlyInAnyOrderElementsOf(
            constants.stream().map(c -> (LedgerTransaction<?, ?>) c).toList());
    assertThat(Transactions.ALL.stream().map(LedgerTransaction::name).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(names.stream().map(String.class::cast).toList());
  }

  @Test
  void each_write_is_for_one_organisation_and_emits_its_own_event() throws Exception {
    List<String> events = new ArrayList<>();
    for (LedgerTransaction<?, ?> transaction : Transactions.ALL) {
      if (transaction instanceof WriteTransaction<?, ?> write) {
        assertThat(write.allowedRoles())
            .as(write.name())
            .hasSize(1)
            .doesNotContain(OrgRole.AUDITOR);
        String eventConstant =
            EventNames.class
                .getField(constantName(write.eventType().getSimpleName()))
                .get(null)
                .toString();
        assertThat(write.eventName()).as(write.name()).isEqualTo(eventConstant);
        events.add(write.eventName());
        assertThat(Transactions.emitting(write.eventName())).contains(write);
      }
    }
    assertThat(events).doesNotHaveDuplicates().hasSize(EventNames.class.getFields().length);
  }

  @Test
  void insurance_writes_name_the_insurer_and_the_platform_as_endorsers_and_coin_writes_name_none() {
    List<WriteTransaction<?, ?>> insurance =
        List.of(
            Transactions.PURCHASE_VOUCHER,
            Transactions.FILE_CLAIM,
            Transactions.DEFINE_VOUCHER_PRODUCT,
            Transactions.SET_PRODUCT_ACTIVE,
            Transactions.VOID_VOUCHER,
            Transactions.DECIDE_CLAIM,
            Transactions.MARK_CLAIM_PAID);
    for (LedgerTransaction<?, ?> transaction : Transactions.ALL) {
      if (!(transaction instanceof WriteTransaction<?, ?> write)) {
        continue;
      }
      if (insurance.contains(write)) {
        assertThat(write.endorsers())
            .as(write.name())
            .containsExactlyInAnyOrder(OrgRole.PLATFORM, OrgRole.INSURER);
      } else {
        assertThat(write.endorsers()).as(write.name()).isEmpty();
      }
    }
  }

  @Test
  void only_auditors_read_key_history_and_the_auditor_never_reads_private_details() {
    assertThat(Transactions.GET_KEY_HISTORY.allowedRoles()).containsExactly(OrgRole.AUDITOR);
    assertThat(Transactions.GET_CLAIM_PRIVATE.allowedRoles())
        .containsExactlyInAnyOrder(OrgRole.PLATFORM, OrgRole.INSURER);
    assertThat(Transactions.GET_ACCOUNT.allowedRoles()).containsExactlyInAnyOrder(OrgRole.values());
  }

  @Test
  void a_claim_filing_sends_its_public_request_as_the_argument_and_its_details_only_as_transient()
      throws Exception {
    FileClaimRequest request =
        new FileClaimRequest(
            "r-1", "vol-1", "v-1", "2026-11-20", MoneyAmount.parse("10.00"), "act-1", HASH);
    ClaimPrivateDetails details =
        new ClaimPrivateDetails("fell off a ladder", List.of(HASH), "acct-9", "0123456789abcdef");
    ClaimFiling filing = new ClaimFiling(request, details);

    String argument = Transactions.FILE_CLAIM.argument(filing);
    Map<String, byte[]> transientData = Transactions.FILE_CLAIM.transientData(filing);

    assertThat(argument).isEqualTo(LedgerJson.write(request)).doesNotContain("ladder");
    assertThat(transientData).containsOnlyKeys(TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY);
    assertThat(
            new String(
                transientData.get(TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY),
                StandardCharsets.UTF_8))
        .isEqualTo(LedgerJson.write(details));
    assertThat(filing.requestId()).isEqualTo("r-1");
    assertThat(filing.toString()).doesNotContain("ladder").doesNotContain("acct-9");
    // The fingerprint of a filing is its two parts, nothing derived.
    assertThat(LedgerJson.write(filing))
        .isEqualTo("{\"details\":" + LedgerJson.write(details) + ",\"request\":" + argument + "}");
  }

  @Test
  void a_write_without_private_part_sends_its_request_and_nothing_transient() {
    var request = new RegisterVolunteerRequest("r-1", "vol-1");

    assertThat(Transactions.REGISTER_VOLUNTEER.argument(request))
        .isEqualTo(LedgerJson.write(request));
    assertThat(Transactions.REGISTER_VOLUNTEER.transientData(request)).isEmpty();
    assertThat(Transactions.REGISTER_VOLUNTEER.hasPrivatePart()).isFalse();
    assertThat(Transactions.FILE_CLAIM.hasPrivatePart()).isTrue();
  }

  @Test
  void a_read_checks_its_id_as_the_chaincode_does_and_sends_queries_as_json() {
    assertThat(Transactions.GET_ACCOUNT.argument("vol-1")).isEqualTo("vol-1");
    assertThatThrownBy(() -> Transactions.GET_ACCOUNT.argument("Jane Doe"))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VOLUNTEER_ID))
        .message()
        .doesNotContain("Jane");
    assertThat(Transactions.GET_EARNING_POLICY.argument("")).isEmpty();
    assertThat(Transactions.GET_EARNING_POLICY.argument("3")).isEqualTo("3");
    assertThatThrownBy(() -> Transactions.GET_EARNING_POLICY.argument("0"))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    var query = new KeyHistoryRequest(HistoryKind.ACCOUNT, "vol-1");
    assertThat(Transactions.GET_KEY_HISTORY.argument(query)).isEqualTo(LedgerJson.write(query));
  }

  /** {@code HelpPaidEvent} -> {@code HELP_PAID}. */
  private static String constantName(String eventType) {
    String stem = eventType.substring(0, eventType.length() - "Event".length());
    return stem.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
