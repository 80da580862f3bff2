package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.policy;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.domain.DayTotal;
import io.timecoin.chaincode.store.StoredAccount;
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
  void an_earning_reads_a_handful_of_keys_and_keeps_the_daily_total_in_the_account() {
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "100", "+00:00"));
    for (int i = 0; i < 20; i++) {
      ledger.recordEarning(PLATFORM, earning("e-" + i, "vol-1", "act-" + i, "1"));
    }

    // operator registry row, request, account (with the daily total), current policy (a copy of
    // its version, not a pointer to it), activity marker
    assertThat(ledger.stub.keysRead()).isEqualTo(5);
    // account, entry, its two indexes (by id, by time), activity marker, request record
    assertThat(ledger.stub.writtenKeys()).hasSize(6);
    assertThat(ContractHarness.keysOf(ledger.stub, "earnday", "vol-1")).isEmpty();
    assertThat(storedAccount("vol-1").earnedDays())
        .containsExactly(new DayTotal("2024-05-01", CoinAmount.parse("20")));
  }

  @Test
  void an_earning_dated_back_across_midnight_counts_towards_the_day_before() {
    // START is 08:00Z. At 23:58Z vol-1 reaches the cap; an earning dated 00:01Z the next day
    // starts a new day, and one dated back to 23:59Z (four minutes earlier, inside the window)
    // still counts towards the full day before.
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "10", "+00:00"));
    ledger.advance(Duration.ofHours(15).plusMinutes(58));
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "10"));
    ledger.advance(Duration.ofMinutes(3));
    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "4"));

    ledger.forgeNextTimestamp(Duration.ofMinutes(-2));
    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-3", "vol-1", "act-3", "0.01")),
        ErrorCode.DAILY_CAP_EXCEEDED);
    ledger.setEarningPolicy(PLATFORM, policy("p-2", "10", "12", "+00:00"));
    ledger.forgeNextTimestamp(Duration.ofMinutes(-3));
    ledger.recordEarning(PLATFORM, earning("e-4", "vol-1", "act-4", "2"));
    ledger.recordEarning(PLATFORM, earning("e-5", "vol-1", "act-5", "8"));

    assertThat(storedAccount("vol-1").earnedDays())
        .containsExactly(
            new DayTotal("2024-05-02", CoinAmount.parse("12")),
            new DayTotal("2024-05-01", CoinAmount.parse("12")));
    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-6", "vol-1", "act-6", "0.01")),
        ErrorCode.DAILY_CAP_EXCEEDED);
  }

  @Test
  void an_earning_on_the_older_of_the_two_kept_days_counts_towards_it() {
    // With +14:00 the day turns at 10:00Z: earnings on 05-01 and 05-02 (local). The policy then
    // moves to +00:00, where 10:05Z is 05-01 again: the older kept day, whose total goes on.
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "10", "+14:00"));
    ledger.advance(Duration.ofHours(1).plusMinutes(55));
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "3"));
    ledger.advance(Duration.ofMinutes(10));
    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "4"));
    assertThat(storedAccount("vol-1").earnedDays())
        .extracting(DayTotal::day)
        .containsExactly("2024-05-02", "2024-05-01");

    ledger.setEarningPolicy(PLATFORM, policy("p-2", "10", "10", "+00:00"));
    ledger.recordEarning(PLATFORM, earning("e-3", "vol-1", "act-3", "7"));
    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-4", "vol-1", "act-4", "0.01")),
        ErrorCode.DAILY_CAP_EXCEEDED);
    assertThat(storedAccount("vol-1").earnedDays())
        .containsExactly(
            new DayTotal("2024-05-02", CoinAmount.parse("4")),
            new DayTotal("2024-05-01", CoinAmount.parse("10")));
  }

  @Test
  void an_earning_dated_before_the_kept_days_is_refused_as_out_of_window_and_changes_nothing() {
    // Earnings on 05-01 and 05-02 at +14:00 (09:55Z and 10:05Z); then a policy at -12:00 dates
    // 10:06Z to 04-30, whose total the account no longer keeps: counting it as zero could exceed
    // the cap, so the earning is refused and a current timestamp is asked for.
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(PLATFORM, policy("p-1", "10", "10", "+14:00"));
    ledger.advance(Duration.ofHours(1).plusMinutes(55));
    ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "3"));
    ledger.advance(Duration.ofMinutes(10));
    ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "4"));
    ledger.setEarningPolicy(PLATFORM, policy("p-2", "10", "10", "-12:00"));

    refused(
        () -> ledger.recordEarning(PLATFORM, earning("e-3", "vol-1", "act-3", "1")),
        ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
    assertThat(balance("vol-1")).isEqualTo(CoinAmount.parse("7"));
  }

  private StoredAccount storedAccount(String volunteerId) {
    byte[] stored =
        ledger
            .stub
            .getStateByPartialCompositeKey("account", volunteerId)
            .iterator()
            .next()
            .getValue();
    return LedgerJson.read(stored, StoredAccount.class);
  }

  private CoinAmount balance(String volunteerId) {
    return LedgerJson.read(ledger.getAccount(PLATFORM, volunteerId), AccountView.class).balance();
  }
}
