package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.timecoin.model.ErrorCode;
import java.util.Arrays;
import java.util.List;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

class LedgerFailuresTest {

  private static final String TX_ID = "4f0c9a1e";

  @Test
  void endorsement_refused_by_the_chaincode_becomes_a_rejection_with_the_code_from_the_details() {
    EndorseException endorse =
        new EndorseException(
            TX_ID,
            statusException(
                Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                detail(
                    "peer0.platform.timecoin.local:7051",
                    "PlatformMSP",
                    "chaincode response 500, [DUPLICATE_ACTIVITY] activity act-7 was already"
                        + " credited to vol-42")));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure).isInstanceOf(LedgerRejectedException.class);
    LedgerRejectedException rejected = (LedgerRejectedException) failure;
    assertThat(rejected.code()).isEqualTo(ErrorCode.DUPLICATE_ACTIVITY);
    assertThat(rejected.reason()).isEqualTo("activity act-7 was already credited to vol-42");
    assertThat(rejected.transactionId()).contains(TX_ID);
  }

  @Test
  void a_creator_the_peers_refuse_becomes_identity_refused_and_is_not_retried() {
    EndorseException endorse =
        new EndorseException(
            TX_ID,
            statusException(
                Code.ABORTED,
                "failed to collect enough transaction endorsements, see attached details",
                detail(
                    "peer0.insurer.timecoin.local:7051",
                    "InsurerMSP",
                    "error validating proposal: access denied: channel [timecoin] creator org"
                        + " [PlatformMSP]")));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            rejected -> {
              assertThat(rejected.code()).isEqualTo(ErrorCode.IDENTITY_REFUSED);
              assertThat(rejected.reason()).contains("refused the client's certificate");
            });
    assertThat(failure).isNotInstanceOf(LedgerUnavailableException.class);
  }

  @Test
  void a_rejection_message_names_code_and_transaction_but_not_the_chaincode_text() {
    EndorseException endorse =
        new EndorseException(
            TX_ID,
            statusException(
                Code.ABORTED,
                "failed to endorse transaction",
                detail(
                    "peer0",
                    "PlatformMSP",
                    "chaincode response 500, [ACCOUNT_NOT_ACTIVE] vol-42")));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure.getMessage())
        .contains("RecordEarning", "ACCOUNT_NOT_ACTIVE", TX_ID)
        .doesNotContain("vol-42");
    assertThat(failure.getCause()).isNull();
  }

  @Test
  void the_first_detail_that_carries_a_known_code_wins() {
    EndorseException endorse =
        new EndorseException(
            TX_ID,
            statusException(
                Code.ABORTED,
                "failed to endorse transaction",
                detail("peer0.auditor", "AuditorMSP", "some peer failure [NOT_A_CODE]"),
                detail(
                    "peer0.insurer", "InsurerMSP", "chaincode response 500, [ACCESS_DENIED] no")));

    LedgerException failure = LedgerFailures.endorseFailed("RegisterVolunteer", endorse);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            rejected -> assertThat(rejected.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
  }

  @Test
  void
      an_evaluation_refused_in_the_status_message_alone_becomes_a_rejection_without_transaction_id() {
    GatewayException evaluate =
        new GatewayException(
            statusException(
                Code.UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500,"
                    + " [VOLUNTEER_NOT_FOUND] no account"));

    LedgerException failure = LedgerFailures.evaluateFailed("GetAccount", evaluate);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            rejected -> {
              assertThat(rejected.code()).isEqualTo(ErrorCode.VOLUNTEER_NOT_FOUND);
              assertThat(rejected.reason()).isEqualTo("no account");
            });
    assertThat(failure.transactionId()).isEmpty();
  }

  @Test
  void an_endorsement_failure_without_a_code_is_a_plain_ledger_failure() {
    EndorseException endorse =
        new EndorseException(
            TX_ID, statusException(Code.PERMISSION_DENIED, "access denied for this identity"));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure.getClass()).isEqualTo(LedgerException.class);
    assertThat(failure.getMessage()).contains("PERMISSION_DENIED", TX_ID);
    assertThat(failure.transactionId()).contains(TX_ID);
    assertThat(failure.getCause()).isSameAs(endorse);
  }

  @Test
  void an_endorsement_plan_failure_after_a_restart_is_unavailable_and_retried() {
    // What the gateway answers right after a peer restart, until discovery sees the peer again.
    EndorseException endorse =
        new EndorseException(
            TX_ID,
            statusException(
                Code.FAILED_PRECONDITION,
                "no combination of peers can be derived which satisfy the endorsement policy"));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerUnavailableException.class,
            unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
    assertThat(failure.getMessage()).contains("FAILED_PRECONDITION", TX_ID, "retrying is safe");
    assertThat(failure.getCause()).isSameAs(endorse);
    assertThat(RetryPolicy.isRetryable(failure)).isTrue();
  }

  @Test
  void an_endorsement_deadline_is_unavailable_with_a_known_outcome() {
    EndorseException endorse =
        new EndorseException(TX_ID, statusException(Code.DEADLINE_EXCEEDED, "deadline exceeded"));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerUnavailableException.class,
            unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
    assertThat(failure.getMessage()).contains("DEADLINE_EXCEEDED", "retrying is safe");
  }

  @Test
  void an_unreachable_peer_during_evaluation_is_unavailable() {
    GatewayException evaluate =
        new GatewayException(statusException(Code.UNAVAILABLE, "io exception"));

    LedgerException failure = LedgerFailures.evaluateFailed("GetAccount", evaluate);

    assertThat(failure).isInstanceOf(LedgerUnavailableException.class);
    assertThat(failure.transactionId()).isEmpty();
  }

  @Test
  void endorsers_that_disagree_on_a_hot_account_are_a_retryable_failure_before_ordering() {
    EndorseException endorse =
        new EndorseException(
            TX_ID, statusException(Code.ABORTED, "failed to collect enough endorsements"));

    LedgerException failure = LedgerFailures.endorseFailed("RecordEarning", endorse);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerUnavailableException.class,
            unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
    assertThat(RetryPolicy.isRetryable(failure)).isTrue();
  }

  @Test
  void an_unreachable_orderer_leaves_the_outcome_unknown_and_says_to_query_by_request_id() {
    SubmitException submit =
        new SubmitException(TX_ID, statusException(Code.UNAVAILABLE, "connection refused"));

    LedgerException failure = LedgerFailures.submitFailed("RecordEarning", submit);

    assertThat(failure)
        .isInstanceOfSatisfying(
            LedgerUnavailableException.class,
            unavailable -> assertThat(unavailable.outcomeUnknown()).isTrue());
    assertThat(failure.getMessage()).contains(TX_ID, "requestId", "do not resubmit blindly");
    assertThat(failure.transactionId()).contains(TX_ID);
  }

  @Test
  void an_orderer_refusal_is_a_plain_ledger_failure_with_the_transaction_id() {
    SubmitException submit =
        new SubmitException(TX_ID, statusException(Code.ABORTED, "rejected by orderer"));

    LedgerException failure = LedgerFailures.submitFailed("RecordEarning", submit);

    assertThat(failure.getClass()).isEqualTo(LedgerException.class);
    assertThat(failure.transactionId()).contains(TX_ID);
  }

  @Test
  void a_commit_status_timeout_leaves_the_outcome_unknown() {
    CommitStatusException commitStatus =
        new CommitStatusException(TX_ID, statusException(Code.DEADLINE_EXCEEDED, "deadline"));

    LedgerUnavailableException failure =
        LedgerFailures.commitStatusFailed("RegisterVolunteer", commitStatus);

    assertThat(failure.outcomeUnknown()).isTrue();
    assertThat(failure.transactionId()).contains(TX_ID);
    assertThat(failure.getMessage()).contains("requestId");
  }

  @Test
  void an_invalidated_transaction_carries_its_validation_code_and_block() {
    LedgerCommitException failure =
        LedgerFailures.commitFailed(
            "RecordEarning", status(TxValidationCode.MVCC_READ_CONFLICT, 17));

    assertThat(failure.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
    assertThat(failure.blockNumber()).isEqualTo(17);
    assertThat(failure.transactionId()).contains(TX_ID);
    assertThat(failure.isReadConflict()).isTrue();
    assertThat(failure.getMessage()).contains("MVCC_READ_CONFLICT", TX_ID);
  }

  @Test
  void an_endorsement_policy_failure_at_commit_is_not_a_read_conflict() {
    LedgerCommitException failure =
        LedgerFailures.commitFailed(
            "RecordEarning", status(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, 3));

    assertThat(failure.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
    assertThat(failure.isReadConflict()).isFalse();
  }

  private static ErrorDetail detail(String address, String mspId, String message) {
    return ErrorDetail.newBuilder().setAddress(address).setMspId(mspId).setMessage(message).build();
  }

  /** Builds the exception the gRPC stub throws, with error details in the status trailers. */
  private static StatusRuntimeException statusException(
      Code code, String message, ErrorDetail... details) {
    List<Any> packed = Arrays.stream(details).map(Any::pack).toList();
    return StatusProto.toStatusRuntimeException(
        com.google.rpc.Status.newBuilder()
            .setCode(code.getNumber())
            .setMessage(message)
            .addAllDetails(packed)
            .build());
  }

  private static Status status(TxValidationCode code, long blockNumber) {
    return new Status() {
      @Override
      public String getTransactionId() {
        return TX_ID;
      }

      @Override
      public long getBlockNumber() {
        return blockNumber;
      }

      @Override
      public TxValidationCode getCode() {
        return code;
      }

      @Override
      public boolean isSuccessful() {
        return code == TxValidationCode.VALID;
      }
    };
  }

  @Test
  void only_an_unreachable_endpoint_before_ordering_counts_as_unreachable() {
    LedgerException down =
        LedgerFailures.evaluateFailed(
            "GetAccount",
            new org.hyperledger.fabric.client.GatewayException(
                io.grpc.Status.UNAVAILABLE.asRuntimeException()));
    LedgerException unknown =
        LedgerFailures.commitStatusFailed(
            "RecordEarning",
            new org.hyperledger.fabric.client.CommitStatusException(
                "tx-1", io.grpc.Status.UNAVAILABLE.asRuntimeException()));

    assertThat(LedgerFailures.endpointUnreachable(down)).isTrue();
    assertThat(unknown).isInstanceOf(LedgerOutcomeUnknownException.class);
    assertThat(LedgerFailures.endpointUnreachable(unknown)).isFalse();
    assertThat(
            LedgerFailures.endpointUnreachable(
                new LedgerUnavailableException("endorsers disagreed", "tx-2", null)))
        .isFalse();
  }
}
