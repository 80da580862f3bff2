package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static io.timecoin.chaincode.contract.ContractHarness.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountStatusChangedEvent;
import io.timecoin.model.AccountView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.SetAccountStatusRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountStatusTest {

  private final ContractHarness ledger = ContractHarness.standard();

  @BeforeEach
  void a_volunteer_is_registered() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
  }

  private void refused(ThrowingCallable call, ErrorCode code) {
    Refusals.refused(ledger, call, code);
  }

  private String change(String requestId, AccountStatus status, String reason) {
    return ledger.setAccountStatus(
        PLATFORM,
        LedgerJson.write(new SetAccountStatusRequest(requestId, "vol-1", status, reason)));
  }

  @Test
  void freezes_an_account_and_announces_it_without_the_reason() {
    String result = change("st-1", AccountStatus.FROZEN, "suspicious activity under review");

    assertThat(LedgerJson.read(result, AccountView.class).status()).isEqualTo(AccountStatus.FROZEN);
    assertThat(ledger.stub.eventName()).contains(EventNames.ACCOUNT_STATUS_CHANGED);
    assertThat(ledger.stub.eventPayload())
        .contains(LedgerJson.write(new AccountStatusChangedEvent("vol-1", AccountStatus.FROZEN)));
    assertThat(ledger.stub.eventPayload().orElseThrow()).doesNotContain("suspicious");
    assertThat(ledger.stub.eventsSet()).isEqualTo(1);
  }

  @Test
  void keeps_the_reason_on_the_ledger_beside_the_account() {
    change("st-1", AccountStatus.FROZEN, "under review");

    assertThat(ContractHarness.keysOf(ledger.stub, "statuschange", "vol-1")).hasSize(1);
    assertThat(ledger.stub.snapshot().values())
        .anyMatch(
            v -> v.contains("\"reason\":\"under review\"") && v.contains("\"to\":\"FROZEN\""));
  }

  @Test
  void a_frozen_account_can_be_reactivated() {
    change("st-1", AccountStatus.FROZEN, "review");

    String result = change("st-2", AccountStatus.ACTIVE, "review done");

    assertThat(LedgerJson.read(result, AccountView.class).status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(AccountStatus.class)
  void a_closed_account_stays_closed(AccountStatus next) {
    change("st-1", AccountStatus.CLOSED, "left the programme");

    refused(() -> change("st-2", next, "try again"), ErrorCode.INVALID_STATUS_CHANGE);
  }

  @Test
  void an_account_that_holds_coins_cannot_be_closed_until_they_are_moved() {
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy-1"));
    ledger.registerVolunteer(PLATFORM, ContractHarness.registration("reg-2", "vol-2"));
    ledger.recordEarning(PLATFORM, ContractHarness.earning("earn-1", "vol-1", "act-1", "2.50"));
    change("st-1", AccountStatus.FROZEN, "leaving");

    refused(() -> change("st-2", AccountStatus.CLOSED, "left"), ErrorCode.ACCOUNT_NOT_EMPTY);

    change("st-3", AccountStatus.ACTIVE, "to move the coins");
    ledger.transfer(PLATFORM, ContractHarness.gift("gift-1", "vol-1", "vol-2", "2.50"));
    String closed = change("st-4", AccountStatus.CLOSED, "left");
    assertThat(LedgerJson.read(closed, AccountView.class).status()).isEqualTo(AccountStatus.CLOSED);
  }

  @Test
  void asking_for_the_current_status_is_refused() {
    refused(() -> change("st-1", AccountStatus.ACTIVE, "noop"), ErrorCode.INVALID_STATUS_CHANGE);
  }

  @Test
  void an_unknown_volunteer_is_reported() {
    refused(
        () -> ledger.setAccountStatus(PLATFORM, status("st-1", "vol-9", AccountStatus.FROZEN)),
        ErrorCode.VOLUNTEER_NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "line\\nbreak", "bell\\u0007"})
  void reasons_must_be_printable_and_present(String reason) {
    String json =
        "{\"requestId\":\"st-1\",\"volunteerId\":\"vol-1\",\"status\":\"FROZEN\",\"reason\":\""
            + reason
            + "\"}";

    refused(() -> ledger.setAccountStatus(PLATFORM, json), ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void a_reason_longer_than_200_characters_is_refused() {
    String json = status("st-1", "vol-1", AccountStatus.FROZEN).replace("review", "x".repeat(201));

    refused(() -> ledger.setAccountStatus(PLATFORM, json), ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void an_unknown_status_is_malformed() {
    String json =
        "{\"requestId\":\"st-1\",\"volunteerId\":\"vol-1\",\"status\":\"GONE\",\"reason\":\"x\"}";

    refused(() -> ledger.setAccountStatus(PLATFORM, json), ErrorCode.MALFORMED_REQUEST);
  }

  @Test
  void a_replay_returns_the_first_result_and_writes_nothing() {
    String first = change("st-1", AccountStatus.FROZEN, "review");

    assertThat(change("st-1", AccountStatus.FROZEN, "review")).isEqualTo(first);
    assertThat(ledger.stub.writtenKeys()).isEmpty();
    refused(() -> change("st-1", AccountStatus.CLOSED, "review"), ErrorCode.IDEMPOTENCY_CONFLICT);
  }
}
