package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.grpc.Status;
import io.timecoin.model.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.Test;

/** Which failures move a call to the next gateway endpoint, and which do not. */
class EndpointsTest {

  private final EndpointSession first = session("a:1");
  private final EndpointSession second = session("b:2");
  private final Endpoints endpoints = new Endpoints(List.of(first, second));
  private final List<String> tried = new ArrayList<>();

  @Test
  void an_unreachable_endpoint_hands_the_call_to_the_next_which_then_stays_first() {
    String answer =
        endpoints.call(
            session -> {
              tried.add(session.address());
              if (session == first) {
                throw unreachable(Status.UNAVAILABLE);
              }
              return "served";
            });

    assertThat(answer).isEqualTo("served");
    assertThat(tried).containsExactly("a:1", "b:2");
    assertThat(endpoints.current()).isSameAs(second);
  }

  @Test
  void a_deadline_before_ordering_also_moves_on() {
    endpoints.call(
        session -> {
          if (session == first) {
            throw unreachable(Status.DEADLINE_EXCEEDED);
          }
          return "ok";
        });

    assertThat(endpoints.current()).isSameAs(second);
  }

  @Test
  void a_refusal_by_the_rules_is_final_and_never_tried_elsewhere() {
    assertThatThrownBy(
            () ->
                endpoints.call(
                    session -> {
                      tried.add(session.address());
                      throw new LedgerRejectedException(
                          ErrorCode.ACCESS_DENIED, "no", "refused", null, null);
                    }))
        .isInstanceOf(LedgerRejectedException.class);
    assertThat(tried).containsExactly("a:1");
  }

  @Test
  void an_unknown_outcome_is_never_sent_to_another_endpoint() {
    assertThatThrownBy(
            () ->
                endpoints.call(
                    session -> {
                      tried.add(session.address());
                      throw new LedgerOutcomeUnknownException("unknown", "tx", "req", null);
                    }))
        .isInstanceOf(LedgerOutcomeUnknownException.class);
    assertThat(tried).containsExactly("a:1");
  }

  @Test
  void when_every_endpoint_is_unreachable_the_last_failure_is_thrown_after_one_round() {
    assertThatThrownBy(
            () ->
                endpoints.call(
                    session -> {
                      tried.add(session.address());
                      throw unreachable(Status.UNAVAILABLE);
                    }))
        .isInstanceOfSatisfying(
            LedgerUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    assertThat(tried).containsExactly("a:1", "b:2");
    assertThat(endpoints.current()).isSameAs(first);
  }

  private static LedgerException unreachable(Status status) {
    return LedgerFailures.evaluateFailed(
        "GetAccount", new GatewayException(status.asRuntimeException()));
  }

  private static EndpointSession session(String address) {
    EndpointSession session = mock(EndpointSession.class);
    when(session.address()).thenReturn(address);
    return session;
  }
}
