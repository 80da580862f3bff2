package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EventNames;
import io.timecoin.model.LedgerJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file checkpoint survives a reopen; event payloads decode by name. */
class EventCheckpointAndPayloadTest {

  @TempDir Path folder;

  @Test
  void a_file_checkpoint_starts_empty_and_a_reopened_one_holds_the_last_saved_position() {
    Path file = folder.resolve("sub/events.checkpoint");
    EventCheckpoint checkpoint = EventCheckpoints.file(file);
    assertThat(checkpoint.blockNumber()).isEmpty();
    assertThat(checkpoint.transactionId()).isEmpty();

    checkpoint.save(7, "aa11");
    checkpoint.save(9, "bb22");

    EventCheckpoint reopened = EventCheckpoints.file(file);
    assertThat(reopened.blockNumber()).hasValue(9);
    assertThat(reopened.transactionId()).contains("bb22");
    assertThat(Files.exists(folder.resolve("sub/events.checkpoint.tmp"))).isFalse();
  }

  @Test
  void a_file_that_is_not_a_checkpoint_is_refused_by_name() throws Exception {
    Path file = folder.resolve("broken.checkpoint");
    Files.writeString(file, "{\"block\":3}", StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> EventCheckpoints.file(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void an_in_memory_checkpoint_keeps_the_last_position() {
    EventCheckpoint checkpoint = EventCheckpoints.inMemory();
    checkpoint.save(3, "cc33");

    assertThat(checkpoint.blockNumber()).hasValue(3);
    assertThat(checkpoint.transactionId()).contains("cc33");
  }

  @Test
  void a_known_event_decodes_into_its_record() {
    EarningRecordedEvent earned =
        new EarningRecordedEvent(
            "vol-1", "tx:0", 1, CoinAmount.parse("1.50"), CoinAmount.parse("1.50"), "act-1");

    LedgerEvent event =
        EventPayloads.decode(EventNames.EARNING_RECORDED, "tx", 4, LedgerJson.writeBytes(earned));

    assertThat(event.payload(EarningRecordedEvent.class)).isEqualTo(earned);
    assertThat(event.blockNumber()).isEqualTo(4);
  }

  @Test
  void a_field_added_by_a_newer_chaincode_is_ignored_so_consumers_keep_going() {
    EarningRecordedEvent earned =
        new EarningRecordedEvent(
            "vol-1", "tx:0", 1, CoinAmount.parse("1.50"), CoinAmount.parse("1.50"), "act-1");
    String newer =
        LedgerJson.write(earned).replaceFirst("\\{", "{\"addedLater\":{\"nested\":[1,2]},");

    LedgerEvent event =
        EventPayloads.decode(
            EventNames.EARNING_RECORDED, "tx", 6, newer.getBytes(StandardCharsets.UTF_8));

    assertThat(event.payload(EarningRecordedEvent.class)).isEqualTo(earned);
    // Requests stay strict: the same leniency there would hide a client's typo.
    assertThatThrownBy(() -> LedgerJson.read(newer, EarningRecordedEvent.class))
        .isInstanceOf(io.timecoin.model.LedgerValidationException.class);
  }

  @Test
  void an_unknown_event_name_is_delivered_as_unrecognised_not_dropped() {
    LedgerEvent event =
        EventPayloads.decode(
            "timecoin.VoucherBought.v1", "tx", 5, "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(event.payload())
        .isEqualTo(new LedgerEvent.Unrecognised("timecoin.VoucherBought.v1"));
  }

  @Test
  void a_known_event_with_a_broken_payload_fails_without_quoting_it() {
    assertThatThrownBy(
            () ->
                EventPayloads.decode(
                    EventNames.EARNING_RECORDED,
                    "tx",
                    5,
                    "{\"volunteerId\":\"secret\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(LedgerException.class)
        .message()
        .doesNotContain("secret");
  }
}
