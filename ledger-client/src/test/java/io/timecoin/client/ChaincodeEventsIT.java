package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryView;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.VolunteerRegisteredEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Gateway;
import org.junit.jupiter.api.Test;

/**
 * Exactly one chaincode event per write, as committed on the real network and delivered by another
 * org's gateway (the Auditor's): names, payloads and blocks match the write's result, and an
 * idempotent replay, which writes nothing, emits nothing.
 */
class ChaincodeEventsIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void each_write_emits_one_event_and_a_replay_emits_none() {
    Path clients =
        Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients");
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    var earning =
        new RecordEarningRequest(
            "it-req:" + UUID.randomUUID(),
            volunteer,
            "park-clean-up",
            60,
            CoinAmount.parse("4.25"),
            "branch-7",
            EVIDENCE,
            "cleanup");

    Committed<AccountView> registered;
    Committed<EntryView> earned;
    Committed<EntryView> replayed;
    Committed<EntryView> last;
    try (TimeCoinLedger platform = connect(clients, "platform")) {
      registered =
          platform.registerVolunteer(
              new RegisterVolunteerRequest("it-req:" + UUID.randomUUID(), volunteer));
      earned = platform.recordEarning(earning);
      replayed = platform.recordEarning(earning);
      last =
          platform.recordEarning(
              new RecordEarningRequest(
                  "it-req:" + UUID.randomUUID(),
                  volunteer,
                  "garden-day",
                  60,
                  CoinAmount.parse("1.00"),
                  "branch-7",
                  EVIDENCE,
                  "cleanup"));
    }

    List<ChaincodeEvent> events =
        eventsThrough(
            LedgerConnectionConfig.fromProperties(clients.resolve("auditor.properties")),
            registered.blockNumber(),
            last.transactionId());
    // The replay answers the transaction that wrote (it is not ordered at all), so it adds no
    // transaction and no event of its own.
    assertThat(replayed.transactionId()).isEqualTo(earned.transactionId());
    Set<String> ourTransactions =
        new java.util.HashSet<>(
            List.of(
                registered.transactionId(),
                earned.transactionId(),
                replayed.transactionId(),
                last.transactionId()));
    List<ChaincodeEvent> ours =
        events.stream().filter(e -> ourTransactions.contains(e.getTransactionId())).toList();

    assertThat(ours)
        .extracting(ChaincodeEvent::getTransactionId)
        .containsExactly(registered.transactionId(), earned.transactionId(), last.transactionId());
    assertThat(ours.get(0).getEventName()).isEqualTo(EventNames.VOLUNTEER_REGISTERED);
    assertThat(ours.get(0).getBlockNumber()).isEqualTo(registered.blockNumber());
    assertThat(
            LedgerJson.read(ours.get(0).getPayload(), VolunteerRegisteredEvent.class).volunteerId())
        .isEqualTo(volunteer);
    assertThat(ours.get(1).getEventName()).isEqualTo(EventNames.EARNING_RECORDED);
    assertThat(ours.get(1).getBlockNumber()).isEqualTo(earned.blockNumber());
    assertThat(LedgerJson.read(ours.get(1).getPayload(), EarningRecordedEvent.class))
        .isEqualTo(
            new EarningRecordedEvent(
                volunteer,
                earned.value().entryId(),
                1,
                CoinAmount.parse("4.25"),
                CoinAmount.parse("4.25"),
                "park-clean-up"));
  }

  /** Chaincode events from {@code startBlock} up to and including those of {@code lastTxId}. */
  private static List<ChaincodeEvent> eventsThrough(
      LedgerConnectionConfig config, long startBlock, String lastTxId) {
    ManagedChannel channel = GatewayConnection.newChannel(config);
    try (Gateway gateway =
            Gateway.newInstance()
                .identity(GatewayConnection.newIdentity(config))
                .signer(GatewayConnection.newSigner(config))
                .connection(channel)
                .connect();
        CloseableIterator<ChaincodeEvent> stream =
            gateway
                .getNetwork(config.channelName())
                .newChaincodeEventsRequest(config.chaincodeName())
                .startBlock(startBlock)
                .build()
                .getEvents(options -> options.withDeadlineAfter(60, TimeUnit.SECONDS))) {
      List<ChaincodeEvent> events = new ArrayList<>();
      while (stream.hasNext()) {
        ChaincodeEvent event = stream.next();
        events.add(event);
        if (event.getTransactionId().equals(lastTxId)) {
          return events;
        }
      }
      throw new AssertionError("the event stream ended before the last write's event");
    } finally {
      channel.shutdownNow();
    }
  }

  private static TimeCoinLedger connect(Path clients, String org) {
    return TimeCoinLedger.connect(
        LedgerConnectionConfig.fromProperties(clients.resolve(org + ".properties")));
  }
}
