package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EventNames;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.VolunteerRegisteredEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed events from the real network, with a file checkpoint: a subscriber stopped mid-stream and
 * started again (a new subscription reading the same file, as after a restart) misses nothing, and
 * sees an event twice only when its handler failed before the checkpoint was saved.
 */
class EventResumeIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static TimeCoinLedger platform;
  private static TimeCoinLedger auditor;

  @TempDir Path folder;

  @BeforeAll
  static void connect() {
    platform = TimeCoinLedger.connect(ItNetwork.config("platform"));
    auditor = TimeCoinLedger.connect(ItNetwork.config("auditor"));
  }

  @AfterAll
  static void close() {
    platform.close();
    auditor.close();
  }

  @Test
  void a_subscriber_stopped_and_restarted_mid_stream_misses_nothing_and_repeats_nothing()
      throws Exception {
    String volunteer = ItNetwork.newVolunteerId();
    List<String> written = new ArrayList<>();
    written.add(register(volunteer));
    for (int i = 1; i <= 5; i++) {
      written.add(earn(volunteer, "before-" + i));
    }
    Path checkpointFile = folder.resolve("events.checkpoint");

    List<LedgerEvent> first = Collections.synchronizedList(new ArrayList<>());
    EventSubscription[] running = new EventSubscription[1];
    running[0] =
        auditor.subscribe(
            EventCheckpoints.file(checkpointFile),
            mine(
                volunteer,
                event -> {
                  first.add(event);
                  if (first.size() == 3) {
                    running[0].close(); // stop mid-stream, from inside the handler
                  }
                }));
    assertThat(running[0].awaitTermination(PATIENCE)).isTrue();
    assertThat(running[0].failure()).isEmpty();
    assertThat(first).hasSize(3);

    for (int i = 1; i <= 3; i++) {
      written.add(earn(volunteer, "while-stopped-" + i));
    }
    List<LedgerEvent> second = collect(checkpointFile, volunteer, written.size() - 3);

    List<String> seen = new ArrayList<>();
    first.forEach(event -> seen.add(event.transactionId()));
    second.forEach(event -> seen.add(event.transactionId()));
    assertThat(seen).containsExactlyElementsOf(written);
    assertThat(first.get(0).name()).isEqualTo(EventNames.VOLUNTEER_REGISTERED);
    assertThat(first.get(0).payload(VolunteerRegisteredEvent.class).volunteerId())
        .isEqualTo(volunteer);
    EarningRecordedEvent last = second.get(second.size() - 1).payload(EarningRecordedEvent.class);
    assertThat(last.activityId()).isEqualTo("while-stopped-3");
    assertThat(last.sequence()).isEqualTo(8);
  }

  @Test
  void an_event_whose_handler_failed_is_delivered_again_and_is_the_only_duplicate()
      throws Exception {
    String volunteer = ItNetwork.newVolunteerId();
    List<String> written = new ArrayList<>();
    written.add(register(volunteer));
    for (int i = 1; i <= 4; i++) {
      written.add(earn(volunteer, "activity-" + i));
    }
    Path checkpointFile = folder.resolve("crash.checkpoint");

    List<LedgerEvent> first = Collections.synchronizedList(new ArrayList<>());
    EventSubscription crashed =
        auditor.subscribe(
            EventCheckpoints.file(checkpointFile),
            mine(
                volunteer,
                event -> {
                  first.add(event); // the consumer applied it ...
                  if (first.size() == 3) {
                    throw new IllegalStateException("crash before the checkpoint is saved");
                  }
                }));
    assertThat(crashed.awaitTermination(PATIENCE)).isTrue();
    assertThat(crashed.failure()).containsInstanceOf(IllegalStateException.class);

    List<LedgerEvent> second = collect(checkpointFile, volunteer, written.size() - 2);

    List<String> firstIds = first.stream().map(LedgerEvent::transactionId).toList();
    List<String> secondIds = second.stream().map(LedgerEvent::transactionId).toList();
    assertThat(firstIds).containsExactlyElementsOf(written.subList(0, 3));
    assertThat(secondIds).containsExactlyElementsOf(written.subList(2, written.size()));
    Set<String> duplicates =
        firstIds.stream().filter(secondIds::contains).collect(Collectors.toSet());
    assertThat(duplicates).containsExactly(written.get(2));
  }

  /** Starts a subscription from the checkpoint file and stops it after {@code count} events. */
  private static List<LedgerEvent> collect(Path checkpointFile, String volunteer, int count)
      throws InterruptedException {
    List<LedgerEvent> events = Collections.synchronizedList(new ArrayList<>());
    EventSubscription[] running = new EventSubscription[1];
    running[0] =
        auditor.subscribe(
            EventCheckpoints.file(checkpointFile),
            mine(
                volunteer,
                event -> {
                  events.add(event);
                  if (events.size() == count) {
                    running[0].close();
                  }
                }));
    boolean stopped = running[0].awaitTermination(PATIENCE);
    running[0].close();
    assertThat(stopped).as("%d events within %s, got %s", count, PATIENCE, events).isTrue();
    assertThat(running[0].failure()).isEmpty();
    return new ArrayList<>(events);
  }

  /** Passes on only the events of this test's volunteer; the ledger holds other tests' too. */
  private static Consumer<LedgerEvent> mine(String volunteer, Consumer<LedgerEvent> handler) {
    return event -> {
      Object payload = event.payload();
      boolean ours =
          payload instanceof VolunteerRegisteredEvent registered
                  && registered.volunteerId().equals(volunteer)
              || payload instanceof EarningRecordedEvent earned
                  && earned.volunteerId().equals(volunteer);
      if (ours) {
        handler.accept(event);
      }
    };
  }

  private static String register(String volunteer) {
    return platform
        .registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer))
        .transactionId();
  }

  private static String earn(String volunteer, String activity) {
    return platform
        .recordEarning(ItNetwork.earning(RequestIds.newId(), volunteer, activity, "0.50"))
        .transactionId();
  }
}
