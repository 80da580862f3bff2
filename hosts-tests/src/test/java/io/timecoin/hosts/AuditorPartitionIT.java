package io.timecoin.hosts;

import static io.timecoin.hosts.Partitions.balance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auditor's host cut off (its link on the bridge down): coin writes still commit, endorsed by
 * the platform and the insurer (a majority); reads through the auditor fail as unavailable; once
 * the link is back, the auditor's peer catches up to the same height and block hash.
 */
class AuditorPartitionIT {

  private static TimeCoinLedger platform;
  private static TimeCoinLedger insurer;
  private static TimeCoinLedger auditor;

  @BeforeAll
  static void connect() {
    if (!HostsNetwork.available()) {
      return; // each test skips with the reason (hosts())
    }
    platform = HostsNetwork.connect("platform");
    insurer = HostsNetwork.connect("insurer");
    auditor = HostsNetwork.connect("auditor");
  }

  @BeforeEach
  void hosts() {
    HostsNetwork.assumeHosts();
  }

  @AfterEach
  void heal() {
    Partitions.allLinksUp();
  }

  @AfterAll
  static void close() {
    Stream.of(platform, insurer, auditor).filter(c -> c != null).forEach(TimeCoinLedger::close);
  }

  @Test
  void coin_writes_commit_without_the_auditor_its_reads_fail_and_its_peer_catches_up() {
    String volunteer = Partitions.volunteerWith(platform, "0.00");
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(20), () -> Partitions.sameTipAsPlatform("auditor")))
        .as("the auditor's peer is current before the cut")
        .isTrue();

    HostsNetwork.link("auditor", false);
    long cut = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      Partitions.eventually(
          Duration.ofSeconds(90), () -> Partitions.earn(platform, volunteer, "1.00"));
    }
    long writesTook = (System.nanoTime() - cut) / 1_000_000;
    assertThat(balance(insurer, volunteer))
        .as("the insurer's peer has the three earnings")
        .isEqualTo(CoinAmount.parse("3.00"));

    long askedAt = System.nanoTime();
    LedgerUnavailableException read =
        catchThrowableOfType(LedgerUnavailableException.class, () -> auditor.getAccount(volunteer));
    long readTook = (System.nanoTime() - askedAt) / 1_000_000;
    assertThat(read).as("a read through the cut-off auditor fails as unavailable").isNotNull();
    assertThat(read.outcomeUnknown()).isFalse();
    assertThat(readTook).as("the read fails within its deadline").isLessThan(30_000);
    System.out.printf(
        "auditor cut off: 3 coin writes committed in %d ms; a read through the auditor failed after %d ms: %s%n",
        writesTook, readTook, read.getMessage());

    HostsNetwork.link("auditor", true);
    long healed = System.nanoTime();
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(120), () -> Partitions.sameTipAsPlatform("auditor")))
        .as(
            "the auditor's peer reaches the platform's height and block hash after the link is back")
        .isTrue();
    System.out.printf(
        "auditor's peer at the platform's height and block hash %d ms after the link came back%n",
        (System.nanoTime() - healed) / 1_000_000);
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(30), () -> readable(() -> balance(auditor, volunteer))))
        .isTrue();
    assertThat(balance(auditor, volunteer)).isEqualTo(CoinAmount.parse("3.00"));
  }

  private static boolean readable(Runnable read) {
    try {
      read.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
