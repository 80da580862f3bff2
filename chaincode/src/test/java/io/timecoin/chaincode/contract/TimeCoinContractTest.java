package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.store.LedgerKeys;
import io.timecoin.chaincode.support.Sha256;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerErrors;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.Recorder;
import io.timecoin.model.SignedCoinAmount;
import io.timecoin.model.VolunteerRegisteredEvent;
import java.security.cert.CertificateEncodingException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeCoinContractTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;
  private static final Identity INSURER = ContractHarness.INSURER;
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");

  private final ContractHarness ledger = ContractHarness.standard();

  private AccountView account(String volunteerId) {
    return LedgerJson.read(ledger.getAccount(AUDITOR, volunteerId), AccountView.class);
  }

  private void registered(String volunteerId) {
    ledger.registerVolunteer(PLATFORM, registration("reg-" + volunteerId, volunteerId));
  }

  /** Runs a failing call and checks its code and that it left no trace. */
  private ChaincodeException refused(ThrowingCallable call, ErrorCode code) {
    Map<String, String> before = ledger.stub.snapshot();
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ChaincodeException.class);
    ChaincodeException failure = (ChaincodeException) thrown;
    assertThat(LedgerErrors.codeOf(failure.getMessage())).contains(code);
    assertThat(failure.getMessage()).startsWith("[" + code + "] ");
    assertThat(failure.getPayload()).isEqualTo(code.name().getBytes(UTF_8));
    assertThat(ledger.stub.snapshot()).isEqualTo(before);
    assertThat(ledger.stub.writtenKeys()).isEmpty();
    assertThat(ledger.stub.eventsSet()).isZero();
    return failure;
  }

  @Nested
  class RegisterVolunteer {

    @Test
    void registers_a_volunteer_with_an_active_empty_account() {
      String result = ledger.registerVolunteer(PLATFORM, registration("req-1", "vol-1"));

      AccountView expected =
          new AccountView(
              "vol-1",
              AccountStatus.ACTIVE,
              CoinAmount.ZERO,
              CoinAmount.ZERO,
              CoinAmount.ZERO,
              CoinAmount.ZERO,
              CoinAmount.ZERO,
              0,
              "2024-05-01T08:00:01Z");
      assertThat(LedgerJson.read(result, AccountView.class)).isEqualTo(expected);
      assertThat(result).isEqualTo(LedgerJson.write(expected));
      assertThat(account("vol-1")).isEqualTo(expected);
    }

    @Test
    void emits_exactly_one_registration_event() {
      ledger.registerVolunteer(PLATFORM, registration("req-1", "vol-1"));

      assertThat(ledger.stub.eventsSet()).isEqualTo(1);
      assertThat(ledger.stub.eventName()).contains(EventNames.VOLUNTEER_REGISTERED);
      assertThat(ledger.stub.eventPayload())
          .contains(
              LedgerJson.write(
                  new VolunteerRegisteredEvent("vol-1", "req-1", "2024-05-01T08:00:01Z")));
    }

    @Test
    void rejects_duplicate_registration() {
      registered("vol-1");

      refused(
          () -> ledger.registerVolunteer(PLATFORM, registration("req-2", "vol-1")),
          ErrorCode.VOLUNTEER_ALREADY_REGISTERED);
    }

    @Test
    void replaying_a_registration_returns_the_same_result_and_writes_nothing() {
      String first = ledger.registerVolunteer(PLATFORM, registration("req-1", "vol-1"));
      Map<String, String> before = ledger.stub.snapshot();

      String again = ledger.registerVolunteer(PLATFORM, registration("req-1", "vol-1"));

      assertThat(again).isEqualTo(first);
      assertThat(ledger.stub.writtenKeys()).isEmpty();
      assertThat(ledger.stub.eventsSet()).isZero();
      assertThat(ledger.stub.snapshot()).isEqualTo(before);
    }

    @Test
    void rejects_a_conflicting_replay_of_a_request_id() {
      registered("vol-1");

      refused(
          () -> ledger.registerVolunteer(PLATFORM, registration("reg-vol-1", "vol-2")),
          ErrorCode.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void rejects_a_request_id_reused_for_another_transaction() {
      registered("vol-1");

      refused(
          () -> ledger.recordEarning(PLATFORM, earning("reg-vol-1", "vol-1", "act-1", "1")),
          ErrorCode.IDEMPOTENCY_CONFLICT);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "{",
          "[]",
          "{\"requestId\":\"r-1\"}",
          "{\"requestId\":\"r-1\",\"volunteerId\":\"v-1\",\"name\":\"Li Si\"}",
          "{\"requestId\":\"r-1\",\"volunteerId\":7}"
        })
    void rejects_malformed_json_without_changing_anything(String json) {
      refused(() -> ledger.registerVolunteer(PLATFORM, json), ErrorCode.MALFORMED_REQUEST);
    }

    @Test
    void rejects_a_bad_volunteer_id_without_echoing_it() {
      ChaincodeException failure =
          refused(
              () ->
                  ledger.registerVolunteer(
                      PLATFORM, "{\"requestId\":\"r-1\",\"volunteerId\":\"Li Si 1380013\"}"),
              ErrorCode.INVALID_VOLUNTEER_ID);

      assertThat(failure.getMessage()).doesNotContain("Li Si").doesNotContain("1380013");
    }

    @Test
    void rejects_a_bad_request_id() {
      refused(
          () ->
              ledger.registerVolunteer(
                  PLATFORM, "{\"requestId\":\"r 1\",\"volunteerId\":\"vol-1\"}"),
          ErrorCode.INVALID_REQUEST_ID);
    }
  }

  @Nested
  class RecordEarning {

    @BeforeEach
    void an_earning_policy_is_set() {
      ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy-1"));
    }

    @Test
    void records_earning_and_updates_balance() {
      registered("vol-1");
      String txId = ledger.nextTxId();
      String at = ledger.nextTimestamp().toString();

      String result = ledger.recordEarning(PLATFORM, earning("earn-1", "vol-1", "act-1", "12.5"));

      EntryView entry = LedgerJson.read(result, EntryView.class);
      assertThat(entry)
          .isEqualTo(
              new EntryView(
                  txId + ":0",
                  "vol-1",
                  1,
                  0,
                  EntryType.EARN,
                  SignedCoinAmount.parse("12.50"),
                  CoinAmount.parse("12.50"),
                  null,
                  "act-1",
                  60,
                  "cleanup",
                  ContractHarness.EVIDENCE,
                  "branch-7",
                  null,
                  null,
                  null,
                  null,
                  "earn-1",
                  txId,
                  at,
                  new Recorder("PlatformMSP", certificateId(PLATFORM), ContractHarness.BRANCH)));
      AccountView account = account("vol-1");
      assertThat(account.balance()).isEqualTo(CoinAmount.parse("12.50"));
      assertThat(account.totalEarned()).isEqualTo(CoinAmount.parse("12.50"));
      assertThat(account.entryCount()).isEqualTo(1);
      assertThat(account.totalSpent()).isEqualTo(CoinAmount.ZERO);
    }

    @Test
    void adds_successive_earnings_exactly_and_numbers_entries() {
      registered("vol-1");

      ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "0.10"));
      String second = ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "0.20"));

      assertThat(LedgerJson.read(second, EntryView.class).sequence()).isEqualTo(2);
      assertThat(account("vol-1").balance()).isEqualTo(CoinAmount.parse("0.30"));
      assertThat(ContractHarness.keysOf(ledger.stub, "entry", "vol-1"))
          .containsExactly(
              new LedgerKeys(ledger.stub).entry("vol-1", 1),
              new LedgerKeys(ledger.stub).entry("vol-1", 2));
    }

    @Test
    void emits_exactly_one_earning_event_with_the_new_balance() {
      registered("vol-1");
      ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));
      String txId = ledger.nextTxId();

      ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "3"));

      assertThat(ledger.stub.eventsSet()).isEqualTo(1);
      assertThat(ledger.stub.eventName()).contains(EventNames.EARNING_RECORDED);
      assertThat(ledger.stub.eventPayload())
          .contains(
              LedgerJson.write(
                  new EarningRecordedEvent(
                      "vol-1",
                      txId + ":0",
                      2,
                      CoinAmount.parse("3"),
                      CoinAmount.parse("5"),
                      "act-2")));
    }

    @Test
    void replaying_an_earning_returns_the_same_result_and_writes_nothing() {
      registered("vol-1");
      String first = ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));
      Map<String, String> before = ledger.stub.snapshot();

      String again = ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));

      assertThat(again).isEqualTo(first);
      assertThat(ledger.stub.writtenKeys()).isEmpty();
      assertThat(ledger.stub.eventsSet()).isZero();
      assertThat(ledger.stub.snapshot()).isEqualTo(before);
      assertThat(account("vol-1").balance()).isEqualTo(CoinAmount.parse("2"));
    }

    @Test
    void a_replay_is_recognised_whatever_the_json_layout() {
      registered("vol-1");
      String first = ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));
      String reordered =
          "{ \"volunteerId\": \"vol-1\", \"requestId\": \"e-1\", \"coins\": \"2.0\","
              + " \"category\": \"cleanup\", \"minutes\": 60,"
              + " \"activityId\": \"act-1\", \"verifier\": \"branch-7\", \"evidenceHash\": \""
              + ContractHarness.EVIDENCE
              + "\" }";

      assertThat(ledger.recordEarning(PLATFORM, reordered)).isEqualTo(first);
      assertThat(ledger.stub.writtenKeys()).isEmpty();
    }

    @Test
    void rejects_a_conflicting_replay_of_an_earning() {
      registered("vol-1");
      ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));

      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "3")),
          ErrorCode.IDEMPOTENCY_CONFLICT);
    }

    @Test
    void credits_each_activity_only_once() {
      registered("vol-1");
      ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));

      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-1", "2")),
          ErrorCode.DUPLICATE_ACTIVITY);
    }

    @Test
    void the_same_activity_may_credit_different_volunteers() {
      registered("vol-1");
      registered("vol-2");
      ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "2"));

      ledger.recordEarning(PLATFORM, earning("e-2", "vol-2", "act-1", "2"));

      assertThat(account("vol-2").balance()).isEqualTo(CoinAmount.parse("2"));
    }

    @Test
    void rejects_a_zero_amount() {
      registered("vol-1");

      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "0")),
          ErrorCode.INVALID_AMOUNT);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "\"-1\"    | INVALID_AMOUNT",
          "\"1.234\" | INVALID_AMOUNT",
          "\"1e3\"   | INVALID_AMOUNT",
          "\"\"      | INVALID_AMOUNT",
          "12.5        | MALFORMED_REQUEST",
          "1250        | MALFORMED_REQUEST"
        })
    void rejects_invalid_amounts(String amount, ErrorCode code) {
      registered("vol-1");
      String json = earning("e-1", "vol-1", "act-1", "1").replace("\"1.00\"", amount);

      refused(() -> ledger.recordEarning(PLATFORM, json), code);
    }

    @Test
    void rejects_an_amount_that_would_overflow_the_balance() {
      registered("vol-1");
      CoinAmount most = CoinAmount.ofUnits(Long.MAX_VALUE);
      ledger.stub.seed(
          new LedgerKeys(ledger.stub).account("vol-1"),
          LedgerJson.write(
              new AccountView(
                  "vol-1",
                  AccountStatus.ACTIVE,
                  most,
                  most,
                  CoinAmount.ZERO,
                  CoinAmount.ZERO,
                  CoinAmount.ZERO,
                  0,
                  "2024-05-01T08:00:01Z")));

      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-2", "vol-1", "act-2", "0.01")),
          ErrorCode.AMOUNT_OVERFLOW);
    }

    @Test
    void rejects_earning_for_an_unknown_volunteer() {
      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-1", "vol-9", "act-1", "1")),
          ErrorCode.VOLUNTEER_NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(
        value = AccountStatus.class,
        names = {"FROZEN", "CLOSED"})
    void rejects_earning_on_an_account_that_is_not_active(AccountStatus status) {
      registered("vol-1");
      ledger.setAccountStatus(PLATFORM, ContractHarness.status("st-1", "vol-1", status));

      refused(
          () -> ledger.recordEarning(PLATFORM, earning("e-1", "vol-1", "act-1", "1")),
          ErrorCode.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void rejects_minutes_and_categories_out_of_their_rules() {
      registered("vol-1");
      String valid = earning("e-1", "vol-1", "act-1", "1");

      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"minutes\":60", "\"minutes\":0")),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"minutes\":60", "\"minutes\":1441")),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"minutes\":60", "\"minutes\":1.5")),
          ErrorCode.MALFORMED_REQUEST);
      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"cleanup\"", "\"Clean Up\"")),
          ErrorCode.INVALID_ARGUMENT);
    }

    @Test
    void rejects_bad_identifiers_with_their_codes() {
      registered("vol-1");
      String valid = earning("e-1", "vol-1", "act-1", "1");

      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"act-1\"", "\"act 1\"")),
          ErrorCode.INVALID_ACTIVITY_ID);
      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"vol-1\"", "\"vol/1\"")),
          ErrorCode.INVALID_VOLUNTEER_ID);
      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace(ContractHarness.EVIDENCE, "abc")),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          () -> ledger.recordEarning(PLATFORM, valid.replace("\"branch-7\"", "\"Mr Wang\"")),
          ErrorCode.INVALID_ARGUMENT);
    }
  }

  @Nested
  class GetAccount {

    @Test
    void any_reader_role_may_read_an_account() {
      registered("vol-1");

      assertThat(ledger.getAccount(PLATFORM, "vol-1"))
          .isEqualTo(ledger.getAccount(INSURER, "vol-1"));
      assertThat(account("vol-1").volunteerId()).isEqualTo("vol-1");
    }

    @Test
    void reports_an_unknown_volunteer() {
      refused(() -> ledger.getAccount(AUDITOR, "vol-9"), ErrorCode.VOLUNTEER_NOT_FOUND);
    }

    @Test
    void rejects_a_bad_volunteer_id() {
      refused(() -> ledger.getAccount(AUDITOR, "vol 9"), ErrorCode.INVALID_VOLUNTEER_ID);
    }

    @Test
    void reading_writes_nothing_and_emits_no_event() {
      registered("vol-1");

      ledger.getAccount(AUDITOR, "vol-1");

      assertThat(ledger.stub.writtenKeys()).isEmpty();
      assertThat(ledger.stub.eventsSet()).isZero();
    }

    @Test
    void unreadable_stored_state_is_an_internal_error_without_details() {
      ledger.stub.seed(new LedgerKeys(ledger.stub).account("vol-1"), "{\"secret\":\"x\"}");

      ChaincodeException failure =
          refused(() -> ledger.getAccount(AUDITOR, "vol-1"), ErrorCode.INTERNAL_ERROR);

      assertThat(failure.getMessage()).doesNotContain("secret");
    }
  }

  @Nested
  class AccessControl {

    @Test
    void only_the_platform_may_write() {
      registered("vol-1");
      registered("vol-2");
      for (Identity reader : new Identity[] {INSURER, AUDITOR}) {
        refused(
            () ->
                ledger.setAccountStatus(
                    reader, ContractHarness.status("s", "vol-1", AccountStatus.FROZEN)),
            ErrorCode.ACCESS_DENIED);
        refused(
            () -> ledger.payForHelp(reader, ContractHarness.payment("p", "vol-1", "vol-2", "1")),
            ErrorCode.ACCESS_DENIED);
        refused(
            () -> ledger.transfer(reader, ContractHarness.gift("t", "vol-1", "vol-2", "1")),
            ErrorCode.ACCESS_DENIED);
        refused(
            () -> ledger.reverseEntry(reader, ContractHarness.reversal("r", "tx1:0")),
            ErrorCode.ACCESS_DENIED);
        refused(
            () -> ledger.setEarningPolicy(reader, ContractHarness.generousPolicy("p")),
            ErrorCode.ACCESS_DENIED);
      }
    }

    @Test
    void every_reader_role_may_read_but_only_auditors_see_key_history() {
      registered("vol-1");
      String history = "{\"kind\":\"account\",\"id\":\"vol-1\"}";
      for (Identity reader : new Identity[] {PLATFORM, INSURER, AUDITOR}) {
        ledger.getAccount(reader, "vol-1");
        ledger.listEntries(reader, "{\"volunteerId\":\"vol-1\",\"pageSize\":5}");
      }
      // Requests: the platform its own, the auditor any organisation's (see OrgScopedRequestTest).
      ledger.getRequest(PLATFORM, "reg-vol-1");
      ledger.getRequest(AUDITOR, "PlatformMSP/reg-vol-1");
      ledger.getKeyHistory(AUDITOR, history);
      refused(() -> ledger.getKeyHistory(PLATFORM, history), ErrorCode.ACCESS_DENIED);
      refused(() -> ledger.getKeyHistory(INSURER, history), ErrorCode.ACCESS_DENIED);
      refused(
          () -> ledger.getKeyHistory(TestIdentities.client("StrangerMSP"), history),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void auditor_cannot_write() {
      refused(
          () -> ledger.registerVolunteer(AUDITOR, registration("r-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
      registered("vol-1");
      refused(
          () -> ledger.recordEarning(AUDITOR, earning("e-1", "vol-1", "act-1", "1")),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void insurer_cannot_write() {
      refused(
          () -> ledger.registerVolunteer(INSURER, registration("r-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void access_is_checked_before_the_request_is_read() {
      refused(() -> ledger.registerVolunteer(AUDITOR, "not json"), ErrorCode.ACCESS_DENIED);
    }

    @Test
    void a_denied_caller_cannot_replay_a_request() {
      registered("vol-1");

      refused(
          () -> ledger.registerVolunteer(AUDITOR, registration("reg-vol-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void admin_certificate_is_refused() {
      Identity admin = TestIdentities.admin("PlatformMSP");

      refused(
          () -> ledger.registerVolunteer(admin, registration("r-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
      refused(() -> ledger.getAccount(admin, "vol-1"), ErrorCode.ACCESS_DENIED);
    }

    @Test
    void peer_certificate_is_refused() {
      refused(
          () ->
              ledger.registerVolunteer(
                  TestIdentities.peer("PlatformMSP"), registration("r-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void certificate_without_node_ou_is_refused() {
      Identity plain = TestIdentities.withSubject("PlatformMSP", "O=platform,CN=user");

      refused(
          () -> ledger.registerVolunteer(plain, registration("r-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void unknown_msp_is_refused() {
      refused(
          () ->
              ledger.registerVolunteer(
                  TestIdentities.client("StrangerMSP"), registration("r-1", "vol-1")),
          ErrorCode.ACCESS_DENIED);
      refused(
          () -> ledger.getAccount(TestIdentities.client("StrangerMSP"), "vol-1"),
          ErrorCode.ACCESS_DENIED);
    }

    @Test
    void every_transaction_is_refused_while_roles_are_not_configured() {
      ContractHarness unconfigured = new ContractHarness(AccessPolicy.fromEnvironment(Map.of()));

      assertThatThrownBy(
              () -> unconfigured.registerVolunteer(PLATFORM, registration("r-1", "vol-1")))
          .isInstanceOf(ChaincodeException.class)
          .hasMessageStartingWith("[ACCESS_DENIED] TIMECOIN_ORG_ROLES is not set");
      assertThatThrownBy(() -> unconfigured.getAccount(PLATFORM, "vol-1"))
          .hasMessageStartingWith("[ACCESS_DENIED] TIMECOIN_ORG_ROLES");
      assertThatThrownBy(() -> unconfigured.registerVolunteer(PLATFORM, "garbage"))
          .hasMessageStartingWith("[ACCESS_DENIED] TIMECOIN_ORG_ROLES");
      assertThat(unconfigured.stub.snapshot()).isEmpty();
    }

    @Test
    void a_creator_that_is_not_a_certificate_is_refused() {
      Identity broken =
          new Identity(
              "PlatformMSP",
              PLATFORM.certificate(),
              TestIdentities.creator("PlatformMSP", "not a certificate".getBytes(UTF_8)));

      refused(() -> ledger.getAccount(broken, "vol-1"), ErrorCode.ACCESS_DENIED);
    }

    @Test
    void the_recorder_is_the_callers_msp_and_certificate_hash_not_its_name() {
      registered("vol-1");
      ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("policy-1"));
      Identity other =
          TestIdentities.operator("PlatformMSP", "Operator7", "earning-verifier", "branch-7");

      EntryView entry =
          LedgerJson.read(
              ledger.recordEarning(other, earning("e-1", "vol-1", "act-1", "1")), EntryView.class);

      assertThat(entry.recordedBy())
          .isEqualTo(new Recorder("PlatformMSP", certificateId(other), "branch-7"));
      assertThat(ledger.stub.snapshot().values()).noneMatch(v -> v.contains("Operator7"));
    }
  }

  private static String certificateId(Identity identity) {
    try {
      return Sha256.hex(identity.certificate().getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
