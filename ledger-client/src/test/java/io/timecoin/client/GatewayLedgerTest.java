package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Answers.RETURNS_SELF;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import io.grpc.protobuf.StatusProto;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.OrgRole;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.Recorder;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SignedCoinAmount;
import io.timecoin.model.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The submit and evaluate flow over a stubbed Fabric {@link Contract}. */
class GatewayLedgerTest {

  private static final String TX_ID = "9c2e71d0";
  private static final String HASH = "ab".repeat(32);

  private final Contract contract = mock(Contract.class);
  // RETURNS_SELF: the write path chains addArguments and putAllTransient before build().
  private final Proposal.Builder proposalBuilder = mock(Proposal.Builder.class, RETURNS_SELF);
  private final Proposal proposal = mock(Proposal.class);
  private final Transaction transaction = mock(Transaction.class);
  private final SubmittedTransaction submitted = mock(SubmittedTransaction.class);
  private final Status status = mock(Status.class);
  private final AtomicInteger closes = new AtomicInteger();

  private GatewayLedger ledger;

  @BeforeEach
  void wireProposalFlow() throws Exception {
    when(contract.newProposal(anyString())).thenReturn(proposalBuilder);
    when(proposalBuilder.build()).thenReturn(proposal);
    when(proposal.getTransactionId()).thenReturn(TX_ID);
    when(proposal.endorse()).thenReturn(transaction);
    when(transaction.submitAsync()).thenReturn(submitted);
    when(submitted.getTransactionId()).thenReturn(TX_ID);
    when(submitted.getStatus(AnyCallOptions.anyOptions())).thenReturn(status);
    when(status.getTransactionId()).thenReturn(TX_ID);
    ledger =
        new GatewayLedger(
            contract,
            closes::incrementAndGet,
            new RetryPolicy(3, Duration.ZERO, Duration.ZERO, wait -> {}),
            EndorsingOrganizations.of(
                Map.of(OrgRole.PLATFORM, "PlatformMSP", OrgRole.INSURER, "InsurerMSP")));
  }

  @Test
  void an_insurance_write_asks_the_platform_and_the_insurer_to_endorse_it() {
    PurchaseVoucherRequest request = new PurchaseVoucherRequest("req-v", "vol-42", "ACC-30");
    committedInBlock(4, "{}".getBytes(StandardCharsets.UTF_8));

    catchThrowable(() -> ledger.submit(Transactions.PURCHASE_VOUCHER, request));

    verify(proposalBuilder).setEndorsingOrganizations("PlatformMSP", "InsurerMSP");
  }

  @Test
  void a_coin_write_leaves_the_choice_of_endorsers_to_the_gateway() {
    committedInBlock(5, LedgerJson.writeBytes(entry()));

    ledger.recordEarning(earning());

    verify(proposalBuilder, never()).setEndorsingOrganizations(any(String[].class));
  }

  @Test
  void an_insurance_write_is_refused_before_sending_when_the_insurer_is_not_configured() {
    GatewayLedger unconfigured =
        new GatewayLedger(
            contract,
            () -> {},
            new RetryPolicy(3, Duration.ZERO, Duration.ZERO, wait -> {}),
            EndorsingOrganizations.of(Map.of(OrgRole.PLATFORM, "PlatformMSP")));
    PurchaseVoucherRequest request = new PurchaseVoucherRequest("req-v", "vol-42", "ACC-30");

    assertThatThrownBy(() -> unconfigured.submit(Transactions.PURCHASE_VOUCHER, request))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("timecoin.insurer.msp.id")
        .hasMessageContaining("nothing was sent");
    verify(contract, never()).newProposal(anyString());
  }

  @Test
  void registering_sends_the_request_json_as_the_only_argument_and_returns_the_committed_account()
      throws Exception {
    RegisterVolunteerRequest request = new RegisterVolunteerRequest("req-1", "vol-42");
    String requestJson = LedgerJson.write(request);
    when(proposalBuilder.addArguments(requestJson)).thenReturn(proposalBuilder);
    committedInBlock(12, LedgerJson.writeBytes(account("vol-42")));

    Committed<AccountView> committed = ledger.registerVolunteer(request);

    verify(contract).newProposal("RegisterVolunteer");
    verify(proposalBuilder).addArguments(requestJson);
    assertThat(committed.value()).isEqualTo(account("vol-42"));
    assertThat(committed.transactionId()).isEqualTo(TX_ID);
    assertThat(committed.blockNumber()).isEqualTo(12);
  }

  @Test
  void recording_an_earning_returns_the_committed_entry() throws Exception {
    RecordEarningRequest request = earning();
    when(proposalBuilder.addArguments(LedgerJson.write(request))).thenReturn(proposalBuilder);
    committedInBlock(5, LedgerJson.writeBytes(entry()));

    Committed<EntryView> committed = ledger.recordEarning(request);

    verify(contract).newProposal("RecordEarning");
    assertThat(committed.value()).isEqualTo(entry());
    assertThat(committed.blockNumber()).isEqualTo(5);
  }

  @Test
  void an_invalidated_write_fails_with_its_validation_code_and_returns_no_value() throws Exception {
    RecordEarningRequest request = earning();
    when(proposalBuilder.addArguments(LedgerJson.write(request))).thenReturn(proposalBuilder);
    when(status.isSuccessful()).thenReturn(false);
    when(status.getCode()).thenReturn(TxValidationCode.MVCC_READ_CONFLICT);
    when(status.getBlockNumber()).thenReturn(8L);

    assertThatThrownBy(() -> ledger.recordEarning(request))
        .isInstanceOfSatisfying(
            LedgerCommitException.class,
            failure -> {
              assertThat(failure.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
              assertThat(failure.transactionId()).contains(TX_ID);
              assertThat(failure.isReadConflict()).isTrue();
            });
    verify(submitted, never()).getResult();
    // A read conflict re-runs the whole proposal, up to the policy's three attempts.
    verify(proposal, times(3)).endorse();
  }

  @Test
  void a_refused_endorsement_surfaces_the_chaincode_error_code() throws Exception {
    RecordEarningRequest request = earning();
    when(proposalBuilder.addArguments(LedgerJson.write(request))).thenReturn(proposalBuilder);
    ErrorDetail detail =
        ErrorDetail.newBuilder()
            .setAddress("peer0.platform.timecoin.local:7051")
            .setMspId("PlatformMSP")
            .setMessage("chaincode response 500, [DUPLICATE_ACTIVITY] already credited")
            .build();
    when(proposal.endorse())
        .thenThrow(
            new EndorseException(
                TX_ID,
                StatusProto.toStatusRuntimeException(
                    com.google.rpc.Status.newBuilder()
                        .setCode(Code.ABORTED.getNumber())
                        .setMessage("failed to endorse transaction, see attached details")
                        .addDetails(Any.pack(detail))
                        .build())));

    assertThatThrownBy(() -> ledger.recordEarning(request))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.DUPLICATE_ACTIVITY));
    verify(transaction, never()).submitAsync();
  }

  @Test
  void an_undecodable_result_of_a_committed_write_says_it_was_committed_without_quoting_it()
      throws Exception {
    RegisterVolunteerRequest request = new RegisterVolunteerRequest("req-2", "vol-43");
    when(proposalBuilder.addArguments(LedgerJson.write(request))).thenReturn(proposalBuilder);
    committedInBlock(3, "{\"secret\":\"vol-43\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ledger.registerVolunteer(request))
        .isExactlyInstanceOf(LedgerException.class)
        .hasMessageContaining("transaction " + TX_ID + " was committed")
        .hasNoCause()
        .message()
        .doesNotContain("vol-43")
        .doesNotContain("secret");
  }

  @Test
  void reading_an_account_evaluates_get_account_with_the_bare_volunteer_id() throws Exception {
    when(contract.evaluateTransaction("GetAccount", "vol-42"))
        .thenReturn(LedgerJson.writeBytes(account("vol-42")));

    assertThat(ledger.getAccount("vol-42")).isEqualTo(account("vol-42"));
  }

  @Test
  void reading_an_account_with_an_invalid_id_sends_nothing() throws Exception {
    assertThatThrownBy(() -> ledger.getAccount("Jane Doe +86 138"))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            invalid -> assertThat(invalid.code()).isEqualTo(ErrorCode.INVALID_VOLUNTEER_ID))
        .message()
        .doesNotContain("Jane");
    verify(contract, never()).evaluateTransaction(anyString(), anyString());
  }

  @Test
  void closing_twice_releases_the_connection_once_and_later_calls_fail() {
    ledger.close();
    ledger.close();

    assertThat(closes).hasValue(1);
    assertThatThrownBy(() -> ledger.registerVolunteer(new RegisterVolunteerRequest("r", "v")))
        .isInstanceOf(IllegalStateException.class);
    verify(contract, times(0)).newProposal(anyString());
  }

  @Test
  void a_claim_s_private_details_travel_only_in_the_transient_map() {
    FileClaimRequest request =
        new FileClaimRequest(
            "req-5", "vol-42", HASH, "2026-03-02", MoneyAmount.parse("80.00"), "act-1", HASH);
    ClaimPrivateDetails details =
        new ClaimPrivateDetails("sprained ankle", List.of(HASH), "payout-7", "salt-0123456789ab");
    when(proposalBuilder.addArguments(anyString())).thenReturn(proposalBuilder);
    when(proposalBuilder.putAllTransient(anyMap())).thenReturn(proposalBuilder);
    committedInBlock(3, "{}".getBytes(StandardCharsets.UTF_8));

    catchThrowable(() -> ledger.fileClaim(request, details));

    verify(proposalBuilder).addArguments(LedgerJson.write(request));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, byte[]>> transientData = ArgumentCaptor.forClass(Map.class);
    verify(proposalBuilder).putAllTransient(transientData.capture());
    assertThat(transientData.getValue()).containsOnlyKeys("claimPrivate");
    assertThat(transientData.getValue().get("claimPrivate"))
        .isEqualTo(LedgerJson.writeBytes(details));
    assertThat(LedgerJson.write(request)).doesNotContain("sprained", "payout-7");
  }

  private void committedInBlock(long block, byte[] result) {
    when(status.isSuccessful()).thenReturn(true);
    when(status.getCode()).thenReturn(TxValidationCode.VALID);
    when(status.getBlockNumber()).thenReturn(block);
    when(submitted.getResult()).thenReturn(result);
  }

  private static RecordEarningRequest earning() {
    return new RecordEarningRequest(
        "req-9", "vol-42", "act-7", 90, CoinAmount.parse("12.50"), "branch-3", HASH, "care");
  }

  private static AccountView account(String volunteerId) {
    return new AccountView(
        volunteerId,
        AccountStatus.ACTIVE,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        0,
        "2026-11-28T10:00:00Z");
  }

  private static EntryView entry() {
    return new EntryView(
        TX_ID + ":0",
        "vol-42",
        1,
        0,
        EntryType.EARN,
        SignedCoinAmount.parse("12.50"),
        CoinAmount.parse("12.50"),
        null,
        "act-7",
        90,
        "care",
        HASH,
        "branch-3",
        null,
        null,
        null,
        null,
        "req-9",
        TX_ID,
        "2026-11-28T10:00:00Z",
        new Recorder("PlatformMSP", "cd".repeat(32)));
  }
}
