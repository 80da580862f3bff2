package io.timecoin.client;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Answers.RETURNS_SELF;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import io.grpc.CallOptions;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The commit-status timeout resolution, step by step, over a stubbed gateway: which answer each
 * combination of status, request lookup and resubmission gives, and that it never sends more than
 * its bounds allow.
 */
class OutcomeResolutionTest {

  private static final String TX1 = "aa".repeat(32);
  private static final String TX2 = "bb".repeat(32);
  private static final String REQUEST_ID = "req-7";
  private static final RegisterVolunteerRequest REQUEST =
      new RegisterVolunteerRequest(REQUEST_ID, "vol-42");
  private static final int ROUNDS = 3;

  private final EndpointSession session = mock(EndpointSession.class);
  private final Contract contract = mock(Contract.class);
  // RETURNS_SELF: the write path chains addArguments and putAllTransient before build().
  private final Proposal.Builder builder = mock(Proposal.Builder.class, RETURNS_SELF);
  private final Proposal first = mock(Proposal.class);
  private final Proposal second = mock(Proposal.class);
  private final Transaction firstEndorsed = mock(Transaction.class);
  private final Transaction secondEndorsed = mock(Transaction.class);
  private final SubmittedTransaction firstSubmitted = mock(SubmittedTransaction.class);
  private final SubmittedTransaction secondSubmitted = mock(SubmittedTransaction.class);
  private GatewayLedger ledger;

  @BeforeEach
  void wire() throws Exception {
    when(session.contract()).thenReturn(contract);
    when(session.address()).thenReturn("127.0.0.1:7051");
    when(contract.newProposal("RegisterVolunteer")).thenReturn(builder);
    when(builder.addArguments(LedgerJson.write(REQUEST))).thenReturn(builder);
    when(builder.build()).thenReturn(first, second);
    when(first.getTransactionId()).thenReturn(TX1);
    when(second.getTransactionId()).thenReturn(TX2);
    when(first.endorse()).thenReturn(firstEndorsed);
    when(second.endorse()).thenReturn(secondEndorsed);
    when(firstEndorsed.submitAsync()).thenReturn(firstSubmitted);
    when(secondEndorsed.submitAsync()).thenReturn(secondSubmitted);
    when(firstSubmitted.getTransactionId()).thenReturn(TX1);
    when(secondSubmitted.getTransactionId()).thenReturn(TX2);
    when(firstSubmitted.getResult()).thenReturn(LedgerJson.writeBytes(account()));
    when(secondSubmitted.getResult()).thenReturn(LedgerJson.writeBytes(account()));
    ledger =
        new GatewayLedger(
            List.of(session),
            () -> {},
            new RetryPolicy(3, Duration.ZERO, Duration.ZERO, wait -> {}),
            new ResolutionPolicy(2, ROUNDS, Duration.ZERO, Duration.ZERO, wait -> {}),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            LedgerConnectionConfig.DEFAULT_WRITE_TIMEOUT);
  }

  @AfterEach
  void close() {
    ledger.close();
  }

  @Test
  void a_status_that_arrives_when_asked_again_is_the_answer() throws Exception {
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions()))
        .thenThrow(timeout(TX1))
        .thenReturn(valid(TX1, 12));

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    assertThat(committed.transactionId()).isEqualTo(TX1);
    assertThat(committed.blockNumber()).isEqualTo(12);
    assertThat(committed.requestId()).isEqualTo(REQUEST_ID);
    verify(contract, never()).evaluateTransaction(anyString(), anyString());
    verify(second, never()).endorse();
  }

  @Test
  void a_request_found_in_the_ledger_log_is_the_answer_with_its_transaction_and_block()
      throws Exception {
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID))
        .thenReturn(LedgerJson.writeBytes(recorded(TX1)));
    org.hyperledger.fabric.client.Status tx1Status = valid(TX1, 15);
    when(session.commitStatus(eq(TX1), any())).thenReturn(tx1Status);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    assertThat(committed.transactionId()).isEqualTo(TX1);
    assertThat(committed.blockNumber()).isEqualTo(15);
    assertThat(committed.value()).isEqualTo(account());
    verify(firstSubmitted, times(3)).getStatus(AnyCallOptions.anyOptions());
    verify(second, never()).endorse();
  }

  @Test
  void a_request_found_under_another_transaction_is_confirmed_by_resending_the_same_request()
      throws Exception {
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID))
        .thenReturn(LedgerJson.writeBytes(recorded("cc".repeat(32))));
    org.hyperledger.fabric.client.Status replay = valid(TX2, 22);
    when(secondSubmitted.getStatus(AnyCallOptions.anyOptions())).thenReturn(replay);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    // An earlier call wrote this requestId; the chaincode's replay of the resent copy is the
    // proof that it was this very request.
    assertThat(committed.transactionId()).isEqualTo(TX2);
    verify(second).endorse();
  }

  @Test
  void a_first_attempt_endorsed_as_a_replay_is_not_ordered_and_the_writer_is_the_answer()
      throws Exception {
    String earlier = "cc".repeat(32);
    when(firstEndorsed.getBytes()).thenReturn(EndorsedWriteTest.replayBytes());
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID))
        .thenThrow(notFound())
        .thenReturn(LedgerJson.writeBytes(recorded(earlier)));
    org.hyperledger.fabric.client.Status earlierStatus = valid(earlier, 9);
    when(session.commitStatus(eq(earlier), any())).thenReturn(earlierStatus);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    // A gateway peer a block behind first: asked again until it shows the record.
    assertThat(committed.transactionId()).isEqualTo(earlier);
    assertThat(committed.blockNumber()).isEqualTo(9);
    assertThat(committed.requestId()).isEqualTo(REQUEST_ID);
    verify(firstEndorsed, never()).submitAsync();
    verify(second, never()).endorse();
  }

  @Test
  void a_resent_copy_endorsed_as_a_replay_is_not_ordered_and_the_writer_is_the_answer()
      throws Exception {
    String earlier = "cc".repeat(32);
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID))
        .thenReturn(LedgerJson.writeBytes(recorded(earlier)));
    when(secondEndorsed.getBytes()).thenReturn(EndorsedWriteTest.replayBytes());
    org.hyperledger.fabric.client.Status earlierStatus = valid(earlier, 9);
    when(session.commitStatus(eq(earlier), any())).thenReturn(earlierStatus);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    // The copy wrote nothing: the transaction that wrote the request is the answer, not the copy.
    assertThat(committed.transactionId()).isEqualTo(earlier);
    assertThat(committed.blockNumber()).isEqualTo(9);
    assertThat(committed.value()).isEqualTo(account());
    verify(secondEndorsed, never()).submitAsync();
  }

  @Test
  void a_request_not_found_is_resent_under_the_same_request_id_and_its_commit_is_the_answer()
      throws Exception {
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());
    org.hyperledger.fabric.client.Status tx2Status = valid(TX2, 20);
    when(secondSubmitted.getStatus(AnyCallOptions.anyOptions())).thenReturn(tx2Status);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    assertThat(committed.transactionId()).isEqualTo(TX2);
    assertThat(committed.blockNumber()).isEqualTo(20);
    // The copy carried the very same request JSON, requestId included.
    verify(builder, times(2)).addArguments(LedgerJson.write(REQUEST));
  }

  @Test
  void the_first_attempt_invalidated_while_alone_is_a_definite_failure_then_retried_as_usual()
      throws Exception {
    org.hyperledger.fabric.client.Status conflict = invalid(TX1, 9);
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions()))
        .thenThrow(timeout(TX1))
        .thenReturn(conflict);
    org.hyperledger.fabric.client.Status tx2Status = valid(TX2, 10);
    when(secondSubmitted.getStatus(AnyCallOptions.anyOptions())).thenReturn(tx2Status);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    // The read conflict was definite (nothing written), so the retry policy re-ran it.
    assertThat(committed.transactionId()).isEqualTo(TX2);
    verify(contract, never()).evaluateTransaction(anyString(), anyString());
  }

  @Test
  void a_resent_copy_refused_by_the_rules_on_the_same_peer_is_a_definite_refusal()
      throws Exception {
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());
    when(second.endorse()).thenThrow(refused(TX2, "VOLUNTEER_ALREADY_REGISTERED"));

    assertThatThrownBy(() -> ledger.registerVolunteer(REQUEST))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.VOLUNTEER_ALREADY_REGISTERED));
  }

  @Test
  void when_nothing_settles_it_within_the_rounds_the_outcome_is_unknown_with_the_request_id()
      throws Exception {
    Proposal[] copies = new Proposal[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      copies[i] = second;
    }
    when(builder.build()).thenReturn(first, copies);
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(secondSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX2));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());

    assertThatThrownBy(() -> ledger.registerVolunteer(REQUEST))
        .isInstanceOfSatisfying(
            LedgerOutcomeUnknownException.class,
            e -> {
              assertThat(e.requestId()).isEqualTo(REQUEST_ID);
              assertThat(e.outcomeUnknown()).isTrue();
              assertThat(e.transactionId()).contains(TX2);
              assertThat(e.getMessage()).contains("same requestId").doesNotContain("vol-42");
            });
    // Bounded: one copy per round, and an unknown outcome is never retried blindly.
    verify(second, times(ROUNDS)).endorse();
    verify(first, times(1)).endorse();
  }

  @Test
  void a_resent_copy_refused_by_a_rule_that_reads_the_time_is_not_a_definite_refusal()
      throws Exception {
    // The copy ran later than the first attempt: a voucher that expired in between refuses it,
    // while the first attempt, still on its way to a block, can commit at its own time.
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());
    when(second.endorse()).thenThrow(refused(TX2, "VOUCHER_NOT_ACTIVE"));

    assertThatThrownBy(() -> ledger.registerVolunteer(REQUEST))
        .isInstanceOfSatisfying(
            LedgerOutcomeUnknownException.class,
            e -> assertThat(e.requestId()).isEqualTo(REQUEST_ID));
    verify(second, times(ROUNDS)).endorse();
  }

  @Test
  void the_commit_status_wait_and_the_settling_end_with_the_write_budget() throws Exception {
    Duration budget = Duration.ofMillis(300);
    GatewayLedger bounded =
        new GatewayLedger(
            List.of(session),
            () -> {},
            new RetryPolicy(3, Duration.ZERO, Duration.ZERO, wait -> {}),
            new ResolutionPolicy(2, ROUNDS, Duration.ZERO, Duration.ZERO, wait -> {}),
            Duration.ofMinutes(1),
            Duration.ofSeconds(1),
            budget);
    @SuppressWarnings("unchecked")
    ArgumentCaptor<UnaryOperator<CallOptions>> options =
        ArgumentCaptor.forClass(UnaryOperator.class);
    when(firstSubmitted.getStatus(options.capture()))
        .thenAnswer(
            call -> {
              Thread.sleep(budget.toMillis() + 50); // the wait used the whole budget
              throw timeout(TX1);
            });
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());

    try {
      assertThatThrownBy(() -> bounded.registerVolunteer(REQUEST))
          .isInstanceOfSatisfying(
              LedgerOutcomeUnknownException.class,
              e -> assertThat(e.requestId()).isEqualTo(REQUEST_ID));
    } finally {
      bounded.close();
    }
    // The commit-status wait got the budget, not the configured minute.
    long deadlineMillis =
        options.getValue().apply(CallOptions.DEFAULT).getDeadline().timeRemaining(MILLISECONDS);
    assertThat(deadlineMillis).isLessThanOrEqualTo(budget.toMillis());
    verify(second, never()).endorse();
  }

  @Test
  void two_hand_overs_no_orderer_acknowledged_end_the_settling_at_once_as_ordering_unreachable()
      throws Exception {
    when(firstEndorsed.submitAsync()).thenThrow(unacknowledged(TX1));
    when(secondEndorsed.submitAsync()).thenThrow(unacknowledged(TX2));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());

    assertThatThrownBy(() -> ledger.registerVolunteer(REQUEST))
        .isInstanceOfSatisfying(
            LedgerOutcomeUnknownException.class,
            e -> {
              assertThat(e.orderingUnreachable()).isTrue();
              assertThat(e.requestId()).isEqualTo(REQUEST_ID);
              assertThat(e.transactionId()).contains(TX2);
              assertThat(e.getMessage())
                  .contains("ordering service could not be reached")
                  .contains("same requestId")
                  .doesNotContain("vol-42");
            });
    // One copy, not one per round; no commit-status wait for a transaction no orderer took; the
    // request log was asked once, between the two hand-overs.
    verify(second, times(1)).endorse();
    verify(session, never()).commitStatus(anyString(), any());
    verify(contract, times(1)).evaluateTransaction("GetRequest", REQUEST_ID);
  }

  @Test
  void unacknowledged_hand_overs_with_the_request_log_out_of_reach_too_are_not_called_absent()
      throws Exception {
    Proposal[] copies = new Proposal[ROUNDS];
    java.util.Arrays.fill(copies, second);
    when(builder.build()).thenReturn(first, copies);
    when(firstEndorsed.submitAsync()).thenThrow(unacknowledged(TX1));
    when(secondEndorsed.submitAsync()).thenThrow(unacknowledged(TX2));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID))
        .thenThrow(new GatewayException(Status.UNAVAILABLE.asRuntimeException()));

    assertThatThrownBy(() -> ledger.registerVolunteer(REQUEST))
        .isInstanceOfSatisfying(
            LedgerOutcomeUnknownException.class,
            e -> assertThat(e.orderingUnreachable()).isFalse());
    // The lookup never said "not found": the rounds run out as before, one copy each.
    verify(second, times(ROUNDS)).endorse();
  }

  @Test
  void an_unacknowledged_hand_over_found_in_the_request_log_is_the_answer() throws Exception {
    when(firstEndorsed.submitAsync()).thenThrow(unacknowledged(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID))
        .thenReturn(LedgerJson.writeBytes(recorded(TX1)));
    org.hyperledger.fabric.client.Status tx1Status = valid(TX1, 16);
    when(session.commitStatus(eq(TX1), any())).thenReturn(tx1Status);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    // The orderer had received it after all: committed, and nothing was resent.
    assertThat(committed.transactionId()).isEqualTo(TX1);
    assertThat(committed.blockNumber()).isEqualTo(16);
    verify(second, never()).endorse();
  }

  @Test
  void an_unacknowledged_hand_over_then_a_copy_an_orderer_takes_is_settled_by_the_copy()
      throws Exception {
    when(firstEndorsed.submitAsync()).thenThrow(unacknowledged(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());
    org.hyperledger.fabric.client.Status tx2Status = valid(TX2, 22);
    when(secondSubmitted.getStatus(AnyCallOptions.anyOptions())).thenReturn(tx2Status);

    Committed<AccountView> committed = ledger.registerVolunteer(REQUEST);

    assertThat(committed.transactionId()).isEqualTo(TX2);
    assertThat(committed.blockNumber()).isEqualTo(22);
  }

  @Test
  void an_unknown_outcome_is_settled_in_the_background_for_an_async_write() throws Exception {
    when(firstSubmitted.getStatus(AnyCallOptions.anyOptions())).thenThrow(timeout(TX1));
    when(contract.evaluateTransaction("GetRequest", REQUEST_ID)).thenThrow(notFound());
    org.hyperledger.fabric.client.Status tx2Status = valid(TX2, 21);
    when(secondSubmitted.getStatus(AnyCallOptions.anyOptions())).thenReturn(tx2Status);

    PendingWrite<AccountView> pending =
        ledger.submitAsync(Transactions.REGISTER_VOLUNTEER, REQUEST);

    assertThat(pending.transactionId()).isEqualTo(TX1);
    assertThat(pending.requestId()).isEqualTo(REQUEST_ID);
    assertThat(pending.committed().transactionId()).isEqualTo(TX2);
  }

  private static CommitStatusException timeout(String txId) {
    return new CommitStatusException(txId, Status.DEADLINE_EXCEEDED.asRuntimeException());
  }

  /** What the gateway answers when no orderer acknowledged the hand-over. */
  private static SubmitException unacknowledged(String txId) {
    return new SubmitException(
        txId,
        Status.UNAVAILABLE
            .withDescription("no orderers could successfully process transaction")
            .asRuntimeException());
  }

  private static GatewayException notFound() {
    return new GatewayException(
        StatusProto.toStatusRuntimeException(
            com.google.rpc.Status.newBuilder()
                .setCode(Code.UNKNOWN.getNumber())
                .setMessage("evaluate call to endorser returned error: [REQUEST_NOT_FOUND] none")
                .build()));
  }

  private static EndorseException refused(String txId, String code) {
    ErrorDetail detail =
        ErrorDetail.newBuilder()
            .setAddress("peer0.platform.timecoin.local:7051")
            .setMspId("PlatformMSP")
            .setMessage("chaincode response 500, [" + code + "] refused")
            .build();
    return new EndorseException(
        txId,
        StatusProto.toStatusRuntimeException(
            com.google.rpc.Status.newBuilder()
                .setCode(Code.ABORTED.getNumber())
                .setMessage("failed to endorse transaction, see attached details")
                .addDetails(Any.pack(detail))
                .build()));
  }

  private static org.hyperledger.fabric.client.Status valid(String txId, long block) {
    org.hyperledger.fabric.client.Status status = mock(org.hyperledger.fabric.client.Status.class);
    when(status.isSuccessful()).thenReturn(true);
    when(status.getCode()).thenReturn(TxValidationCode.VALID);
    when(status.getBlockNumber()).thenReturn(block);
    when(status.getTransactionId()).thenReturn(txId);
    return status;
  }

  private static org.hyperledger.fabric.client.Status invalid(String txId, long block) {
    org.hyperledger.fabric.client.Status status = mock(org.hyperledger.fabric.client.Status.class);
    when(status.isSuccessful()).thenReturn(false);
    when(status.getCode()).thenReturn(TxValidationCode.MVCC_READ_CONFLICT);
    when(status.getBlockNumber()).thenReturn(block);
    when(status.getTransactionId()).thenReturn(txId);
    return status;
  }

  private static RequestView recorded(String txId) {
    return new RequestView(
        REQUEST_ID,
        "RegisterVolunteer",
        txId,
        "2026-11-28T10:00:00Z",
        new String(LedgerJson.writeBytes(account()), StandardCharsets.UTF_8));
  }

  private static AccountView account() {
    return new AccountView(
        "vol-42",
        AccountStatus.ACTIVE,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        0,
        "2026-11-28T10:00:00Z");
  }
}
