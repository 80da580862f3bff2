package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 writers credit one account at the same time through one client. Fabric commits at most one
 * write to an account per block and invalidates the rest with MVCC_READ_CONFLICT, so this only
 * passes if the client re-runs conflicted writes until each has committed exactly once. The retries
 * it took are written to target/hot-account-retries.txt.
 */
class HotAccountIT {

  private static final int WRITERS = 32;
  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void thirty_two_concurrent_writers_on_one_account_all_commit_with_the_exact_balance()
      throws Exception {
    Path clients =
        Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients");
    AtomicInteger retries = new AtomicInteger();
    RetryPolicy defaultsThatCount =
        new RetryPolicy(
            40,
            Duration.ofMillis(50),
            Duration.ofSeconds(1),
            wait -> {
              retries.incrementAndGet();
              Thread.sleep(wait.toMillis());
            });
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");

    List<Committed<EntryView>> committed = new ArrayList<>();
    long started;
    long took;
    try (TimeCoinLedger platform =
        GatewayLedger.connect(
            LedgerConnectionConfig.fromProperties(clients.resolve("platform.properties")),
            defaultsThatCount)) {
      platform.registerVolunteer(new RegisterVolunteerRequest("it-req:" + volunteer, volunteer));
      List<Callable<Committed<EntryView>>> writers = new ArrayList<>();
      for (int i = 0; i < WRITERS; i++) {
        String activity = "shift-" + i;
        writers.add(
            () ->
                platform.recordEarning(
                    new RecordEarningRequest(
                        "it-req:" + UUID.randomUUID(),
                        volunteer,
                        activity,
                        15,
                        CoinAmount.parse("0.25"),
                        "branch-7",
                        EVIDENCE,
                        "community")));
      }
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      started = System.nanoTime();
      try {
        for (Future<Committed<EntryView>> result : pool.invokeAll(writers)) {
          committed.add(result.get());
        }
      } finally {
        pool.shutdownNow();
      }
      took = Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    try (TimeCoinLedger auditor =
        TimeCoinLedger.connect(
            LedgerConnectionConfig.fromProperties(clients.resolve("auditor.properties")))) {
      AccountView account = auditor.getAccount(volunteer);
      assertThat(account.entryCount()).isEqualTo(WRITERS);
      assertThat(account.balance()).isEqualTo(CoinAmount.parse("8.00"));
    }
    assertThat(committed).hasSize(WRITERS);
    assertThat(committed.stream().map(c -> c.value().sequence()).distinct()).hasSize(WRITERS);
    long blocks = committed.stream().mapToLong(Committed::blockNumber).distinct().count();
    Files.writeString(
        Path.of("target", "hot-account-retries.txt"),
        String.format(
            "%d writers, one account: all committed in %d ms across %d blocks;"
                + " %d re-runs after read conflicts (%.1f per write)%n",
            WRITERS, took, blocks, retries.get(), retries.get() / (double) WRITERS));
  }
}
