package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.policy;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.support.Sha256;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningPolicySetEvent;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.Recorder;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EarningPolicyTest {

  private final ContractHarness ledger = ContractHarness.standard();

  private void refused(ThrowingCallable call, ErrorCode code) {
    Refusals.refused(ledger, call, code);
  }

  private EarningPolicyView current() {
    return LedgerJson.read(
        ledger.getEarningPolicy(TestIdentities.client("InsurerMSP"), ""), EarningPolicyView.class);
  }

  @Test
  void nothing_can_be_earned_before_a_policy_is_set() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));

    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "1")),
        ErrorCode.EARNING_POLICY_NOT_SET);
    refused(() -> ledger.getEarningPolicy(PLATFORM, ""), ErrorCode.EARNING_POLICY_NOT_SET);
  }

  @Test
  void the_first_policy_is_version_1_and_is_announced() throws CertificateEncodingException {
    String txId = ledger.nextTxId();
    String at = ledger.nextTimestamp().toString();

    String result = ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "25.50", "+08:00"));

    EarningPolicyView expected =
        new EarningPolicyView(
            1,
            CoinAmount.parse("10"),
            CoinAmount.parse("25.5"),
            "+08:00",
            at,
            new Recorder(
                "PlatformMSP",
                Sha256.hex(PLATFORM.certificate().getEncoded()),
                ContractHarness.BRANCH),
            txId);
    assertThat(LedgerJson.read(result, EarningPolicyView.class)).isEqualTo(expected);
    assertThat(ledger.stub.eventName()).contains(EventNames.EARNING_POLICY_SET);
    assertThat(ledger.stub.eventPayload()).contains(LedgerJson.write(new EarningPolicySetEvent(1)));
    assertThat(current()).isEqualTo(expected);
  }

  @Test
  void every_version_is_kept_and_the_latest_is_current() {
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "20", "+08:00"));
    ledger.setEarningPolicy(PLATFORM, policy("p-2", "5", "5", "-03:00"));

    assertThat(current().version()).isEqualTo(2);
    assertThat(current().utcOffset()).isEqualTo("-03:00");
    EarningPolicyView first =
        LedgerJson.read(ledger.getEarningPolicy(PLATFORM, "1"), EarningPolicyView.class);
    assertThat(first.maxCoinsPerActivity()).isEqualTo(CoinAmount.parse("10"));
    assertThat(ContractHarness.keysOf(ledger.stub, "policy")).hasSize(2);
    assertThat(ContractHarness.keysOf(ledger.stub, "policycurrent")).hasSize(1);
  }

  @Test
  void the_current_policy_key_holds_the_same_bytes_as_its_version() {
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "20", "+08:00"));
    ledger.setEarningPolicy(PLATFORM, policy("p-2", "5", "5", "-03:00"));

    assertThat(
            ledger.stub.snapshot().get(ContractHarness.keysOf(ledger.stub, "policycurrent").get(0)))
        .isEqualTo(
            ledger.stub.snapshot().get(ContractHarness.keysOf(ledger.stub, "policy").get(1)));
  }

  @Test
  void a_ledger_whose_current_policy_key_still_holds_a_version_number_is_read_through_it() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "20", "+08:00"));
    EarningPolicyView first = current();
    ledger.stub.seed(
        ContractHarness.keysOf(ledger.stub, "policycurrent").get(0), "{\"version\":1}");

    assertThat(current()).isEqualTo(first);
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "10"));
    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "10"));
    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-3", "vol-1", "act-3", "0.01")),
        ErrorCode.DAILY_CAP_EXCEEDED);
  }

  @Test
  void an_unknown_version_is_reported() {
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "20", "+08:00"));

    refused(() -> ledger.getEarningPolicy(PLATFORM, "2"), ErrorCode.POLICY_VERSION_NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "01", "one", " 1", "99999999999999999999"})
  void a_version_must_be_a_positive_integer(String version) {
    refused(() -> ledger.getEarningPolicy(PLATFORM, version), ErrorCode.INVALID_ARGUMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Shanghai", "UTC", "+8", "+15:00", "-13:00", "+08:00:00"})
  void only_fixed_offsets_in_range_are_accepted(String offset) {
    String json = policy("p-1", "10", "20", "+08:00").replace("+08:00", offset);

    refused(() -> ledger.setEarningPolicy(PLATFORM, json), ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void limits_must_be_positive_and_the_cap_at_least_one_activity() {
    String valid = policy("p-1", "10", "20", "+08:00");
    refused(
        () -> ledger.setEarningPolicy(PLATFORM, valid.replace("\"10.00\"", "\"0\"")),
        ErrorCode.INVALID_ARGUMENT);
    refused(
        () -> ledger.setEarningPolicy(PLATFORM, valid.replace("\"20.00\"", "\"9.99\"")),
        ErrorCode.INVALID_ARGUMENT);
    refused(
        () ->
            ledger.setEarningPolicy(
                PLATFORM, policy("p-1", "10", "20", "+08:00").replace("\"10.00\"", "\"-1\"")),
        ErrorCode.INVALID_AMOUNT);
  }

  @Test
  void an_activity_earns_at_most_the_policy_maximum() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "100", "+00:00"));

    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "10.01")),
        ErrorCode.ACTIVITY_LIMIT_EXCEEDED);
    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-1", "10"));
    assertThat(balance("vol-1")).isEqualTo(CoinAmount.parse("10"));
  }

  @Test
  void a_volunteer_earns_at_most_the_daily_cap_per_day() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-2", "vol-2"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "15", "+00:00"));
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "10"));
    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "5"));

    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-3", "vol-1", "act-3", "0.01")),
        ErrorCode.DAILY_CAP_EXCEEDED);
    ledger.recordEarning(PLATFORM, earning("e-4", "vol-2", "act-3", "10"));
    ledger.advance(Duration.ofDays(1));
    ledger.recordEarning(PLATFORM, earning("e-5", "vol-1", "act-3", "10"));
    assertThat(balance("vol-1")).isEqualTo(CoinAmount.parse("25"));
  }

  @Test
  void days_start_at_the_policy_offset_not_at_utc_midnight() {
    // START is 08:00Z, i.e. 16:00 at +08:00; nine hours later it is 17:00Z the same UTC day but
    // 01:00 of the next day at +08:00.
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.registerVolunteer(PLATFORM, registration("reg-2", "vol-2"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "10", "+08:00"));
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "10"));
    ledger.advance(Duration.ofHours(9));

    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "10"));

    ledger.setEarningPolicy(PLATFORM, policy("p-2", "10", "10", "+00:00"));
    ledger.recordEarning(PLATFORM, earning("e-3", "vol-2", "act-1", "10"));
    ledger.advance(Duration.ofHours(1));
    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-4", "vol-2", "act-2", "10")),
        ErrorCode.DAILY_CAP_EXCEEDED);
  }

  @Test
  void a_lowered_cap_applies_to_what_was_already_earned_that_day() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "20", "+00:00"));
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "10"));
    ledger.setEarningPolicy(PLATFORM, policy("p-2", "5", "5", "+00:00"));

    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "1")),
        ErrorCode.DAILY_CAP_EXCEEDED);
  }

  @Test
  void an_earning_reads_a_handful_of_keys_and_keeps_a_daily_total() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "100", "+00:00"));
    for (int i = 0; i < 20; i++) {
      ledger.recordEarning(PLATFORM, earning("e-" + i, "vol-1", "act-" + i, "1"));
    }

    // operator registry row, request, account, current policy (a copy of its version, not a
    // pointer to it), activity marker, daily total
    assertThat(ledger.stub.keysRead()).isEqualTo(6);
    assertThat(ContractHarness.keysOf(ledger.stub, "earnday", "vol-1")).hasSize(1);
    assertThat(ledger.stub.snapshot()).containsValue("{\"coins\":\"20.00\"}");
  }

  private CoinAmount balance(String volunteerId) {
    return LedgerJson.read(ledger.getAccount(PLATFORM, volunteerId), AccountView.class).balance();
  }
}
