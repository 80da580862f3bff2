package io.timecoin.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerEvent;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.TransactionStatus;
import io.timecoin.model.ClaimFiledEvent;
import io.timecoin.model.MoneyAmount;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The adapter from ledger-client's subscription to the SSE feed: ids, Last-Event-ID to checkpoint,
 * payload JSON, and the end of a subscription that stops on its own. The ledger is a proxy that
 * answers only {@code subscribe}; everything else would fail the test.
 */
class LedgerEventFeedTest {

  private static final String TX = "a".repeat(64);

  /** A subscription the test stops by hand. */
  private static final class ManualSubscription implements EventSubscription {
    final CountDownLatch stopped = new CountDownLatch(1);
    boolean closed;

    @Override
    public boolean isRunning() {
      return stopped.getCount() > 0;
    }

    @Override
    public Optional<Throwable> failure() {
      return Optional.empty();
    }

    @Override
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
      return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
      closed = true;
      stopped.countDown();
    }
  }

  private EventCheckpoint checkpoint;
  private Consumer<LedgerEvent> handler;
  private static final String INVALID_TX = "ef".repeat(32);

  private final ManualSubscription subscription = new ManualSubscription();

  @SuppressWarnings("unchecked")
  private final TimeCoinLedger ledger =
      (TimeCoinLedger)
          Proxy.newProxyInstance(
              TimeCoinLedger.class.getClassLoader(),
              new Class<?>[] {TimeCoinLedger.class},
              (proxy, method, args) -> {
                if (!method.getName().equals("subscribe")) {
                  throw new UnsupportedOperationException(method.getName());
                }
                checkpoint = (EventCheckpoint) args[0];
                handler = (Consumer<LedgerEvent>) args[1];
                return subscription;
              });

  @Test
  void ids_are_block_and_transaction_and_payloads_are_the_ledger_json() {
    List<FeedEvent> seen = new ArrayList<>();
    new LedgerEventFeed(ledger).subscribe(null, seen::add);

    assertThat(checkpoint.blockNumber()).isEmpty();
    handler.accept(
        new LedgerEvent(
            "timecoin.ClaimFiled.v1",
            TX,
            42,
            new ClaimFiledEvent("c-1", "v-1", "vol-1", MoneyAmount.parse("10.00"), "CNY")));
    handler.accept(
        new LedgerEvent("timecoin.Future.v9", TX, 43, new LedgerEvent.Unrecognised("x")));

    assertThat(seen.get(0).id()).isEqualTo("42:" + TX);
    assertThat(seen.get(0).name()).isEqualTo("timecoin.ClaimFiled.v1");
    assertThat(seen.get(0).json()).contains("\"claimId\":\"c-1\"", "\"amountClaimed\":\"10.00\"");
    assertThat(seen.get(1).json()).isEqualTo("{\"name\":\"x\"}");
  }

  @Test
  void a_last_event_id_becomes_the_checkpoint_to_resume_after() {
    new LedgerEventFeed(ledger).subscribe("17:" + TX, event -> {});

    assertThat(checkpoint.blockNumber()).hasValue(17);
    assertThat(checkpoint.transactionId()).hasValue(TX);
  }

  @Test
  void an_id_it_never_issues_is_refused_before_subscribing() {
    LedgerEventFeed feed = new LedgerEventFeed(ledger);
    for (String bad : List.of("yesterday", "17", ":" + TX, "-1:" + TX, "17:" + TX + "\n1")) {
      assertThatThrownBy(() -> feed.checkLastEventId(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(checkpoint).isNull();
  }

  @Test
  void a_well_formed_id_of_an_event_the_ledger_does_not_hold_is_refused() {
    TimeCoinLedger peer =
        (TimeCoinLedger)
            Proxy.newProxyInstance(
                TimeCoinLedger.class.getClassLoader(),
                new Class<?>[] {TimeCoinLedger.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("transactionStatus")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  String txId = (String) args[0];
                  return txId.equals(TX)
                      ? Optional.of(new TransactionStatus(TX, "VALID", 17))
                      : txId.equals(INVALID_TX)
                          ? Optional.of(new TransactionStatus(INVALID_TX, "MVCC_READ_CONFLICT", 17))
                          : Optional.empty();
                });
    LedgerEventFeed feed = new LedgerEventFeed(peer);

    feed.checkLastEventId("17:" + TX);
    for (String unknown : List.of("18:" + TX, "17:" + "cd".repeat(32), "17:" + INVALID_TX)) {
      assertThatThrownBy(() -> feed.checkLastEventId(unknown))
          .as(unknown)
          .isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void a_subscription_that_stops_on_its_own_ends_the_stream_but_a_close_does_not()
      throws InterruptedException {
    CountDownLatch ended = new CountDownLatch(1);
    new LedgerEventFeed(ledger).subscribe(null, event -> {}, ended::countDown);
    subscription.stopped.countDown(); // the peer went away

    assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();

    ManualSubscription second = new ManualSubscription();
    CountDownLatch notEnded = new CountDownLatch(1);
    TimeCoinLedger other =
        (TimeCoinLedger)
            Proxy.newProxyInstance(
                TimeCoinLedger.class.getClassLoader(),
                new Class<?>[] {TimeCoinLedger.class},
                (proxy, method, args) -> second);
    EventFeed.Subscription closing =
        new LedgerEventFeed(other).subscribe(null, event -> {}, notEnded::countDown);
    closing.close();

    assertThat(second.closed).isTrue();
    assertThat(notEnded.await(300, TimeUnit.MILLISECONDS)).isFalse();
  }
}
