package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.Transactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A commit-status deadline of one millisecond (set through the environment override) makes every
 * wait for a commit status time out on the real network, so every write's outcome has to be settled
 * by the client's resolution: asking again, looking the requestId up, resending the same request.
 * Each write must still come back committed exactly once, or refused definitely.
 */
class CommitStatusTimeoutIT {

  private static final Map<String, String> ONE_MILLISECOND =
      Map.of(
          LedgerConnectionConfig.environmentVariable(
              LedgerConnectionConfig.KEY_COMMIT_STATUS_TIMEOUT),
          "PT0.001S");

  private static TimeCoinLedger auditor;

  @BeforeAll
  static void connect() {
    auditor = TimeCoinLedger.connect(ItNetwork.config("auditor"));
  }

  @AfterAll
  static void close() {
    auditor.close();
  }

  @Test
  void the_default_resolution_settles_each_write_as_committed_exactly_once() {
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(ItNetwork.clientFile("platform"), ONE_MILLISECOND);
    assertThat(config.commitStatusTimeout()).isEqualTo(Duration.ofMillis(1));
    String volunteer = ItNetwork.newVolunteerId();

    try (TimeCoinLedger platform = TimeCoinLedger.connect(config)) {
      platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));
      List<Committed<EntryView>> earned = new ArrayList<>();
      for (String activity : List.of("one", "two", "three")) {
        earned.add(
            platform.recordEarning(
                ItNetwork.earning(RequestIds.newId(), volunteer, activity, "1.25")));
      }
      earned.add(
          platform
              .submitAsync(
                  Transactions.RECORD_EARNING,
                  ItNetwork.earning(RequestIds.newId(), volunteer, "four", "1.25"))
              .committed());

      assertExactlyOnce(volunteer, earned, "5.00");
    }
  }

  @Test
  void going_straight_to_the_request_lookup_and_resubmission_still_writes_exactly_once()
      throws Exception {
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(ItNetwork.clientFile("platform"), ONE_MILLISECOND);
    AtomicInteger pauses = new AtomicInteger();
    // No second status request: every write goes to GetRequest and, while the first copy is not
    // committed yet, to a resubmission under the same requestId.
    ResolutionPolicy lookupAndResend =
        new ResolutionPolicy(
            0,
            8,
            Duration.ofMillis(100),
            Duration.ofMillis(800),
            wait -> {
              pauses.incrementAndGet();
              Thread.sleep(wait.toMillis());
            });
    String volunteer = ItNetwork.newVolunteerId();

    try (TimeCoinLedger platform =
        GatewayLedger.connect(config, RetryPolicy.defaults(), lookupAndResend)) {
      platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));
      List<Committed<EntryView>> earned = new ArrayList<>();
      for (String activity : List.of("one", "two", "three", "four")) {
        earned.add(
            platform.recordEarning(
                ItNetwork.earning(RequestIds.newId(), volunteer, activity, "0.75")));
      }

      assertExactlyOnce(volunteer, earned, "3.00");
    }
    assertThat(pauses.get()).isPositive();
    Files.writeString(
        Path.of("target", "commit-status-timeout.txt"),
        "1 ms commit-status deadline, lookup and resend only: 5 writes settled with "
            + pauses.get()
            + " resolution pauses\n");
  }

  @Test
  void a_write_refused_by_the_rules_is_refused_definitely_whatever_the_deadline() {
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(ItNetwork.clientFile("platform"), ONE_MILLISECOND);
    String volunteer = ItNetwork.newVolunteerId();

    try (TimeCoinLedger platform = TimeCoinLedger.connect(config)) {
      platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));
      platform.recordEarning(ItNetwork.earning(RequestIds.newId(), volunteer, "same", "1.00"));

      assertThatThrownBy(
              () ->
                  platform.recordEarning(
                      ItNetwork.earning(RequestIds.newId(), volunteer, "same", "1.00")))
          .isInstanceOfSatisfying(
              LedgerRejectedException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ACTIVITY));
    }
    assertThat(auditor.getAccount(volunteer).entryCount()).isEqualTo(1);
  }

  /**
   * Every committed write is on the ledger once, under its own requestId, with the entry the client
   * returned; the account holds exactly those entries and their sum.
   */
  private static void assertExactlyOnce(
      String volunteer, List<Committed<EntryView>> earned, String balance) {
    AccountView account = auditor.getAccount(volunteer);
    assertThat(account.entryCount()).isEqualTo(earned.size());
    assertThat(account.balance()).isEqualTo(CoinAmount.parse(balance));
    EntryPage page =
        auditor.listEntries(new ListEntriesRequest(volunteer, 1L, null, null, 200, null));
    assertThat(page.entries()).hasSize(earned.size());
    for (Committed<EntryView> write : earned) {
      RequestView recorded = auditor.resolve("PlatformMSP", write.requestId()).orElseThrow();
      assertThat(write.value().entryId()).startsWith(recorded.txId() + ":");
      assertThat(page.entries()).contains(write.value());
    }
  }
}
