package io.timecoin.hosts;

import static io.timecoin.hosts.HostsNetwork.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.Committed;
import io.timecoin.client.LedgerException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/** What the partition tests share: coin writes through the platform, and bounded retries. */
final class Partitions {

  static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private Partitions() {}

  /** A new volunteer with {@code coins} earned, written through the platform's default operator. */
  static String volunteerWith(TimeCoinLedger platform, String coins) {
    String volunteer = HostsNetwork.volunteerId();
    platform.registerVolunteer(new RegisterVolunteerRequest(requestId(), volunteer));
    if (!coins.equals("0.00")) {
      earn(platform, volunteer, coins);
    }
    return volunteer;
  }

  static Committed<EntryView> earn(TimeCoinLedger platform, String volunteer, String coins) {
    return platform.recordEarning(
        new RecordEarningRequest(
            requestId(),
            volunteer,
            "act-" + UUID.randomUUID(),
            30,
            CoinAmount.parse(coins),
            null,
            EVIDENCE,
            "training"));
  }

  /**
   * The first answer of {@code write} within {@code limit}, re-sent on a ledger failure (each
   * attempt its own request, so none can double); fails with the last failure after the limit.
   */
  static <T> T eventually(Duration limit, Supplier<T> write) {
    long deadline = System.nanoTime() + limit.toNanos();
    LedgerException last = null;
    for (int attempt = 0; attempt < 20 && System.nanoTime() < deadline; attempt++) {
      try {
        return write.get();
      } catch (LedgerException e) {
        last = e;
        HostsNetwork.sleep(Duration.ofSeconds(1));
      }
    }
    throw new AssertionError("no success within " + limit, last);
  }

  static CoinAmount balance(TimeCoinLedger ledger, String volunteer) {
    AccountView account = ledger.getAccount(volunteer);
    return account.balance();
  }

  /** Every host's link up again (nothing to do where no hosts were made). */
  static void allLinksUp() {
    if (!java.nio.file.Files.exists(HostsNetwork.runDir().resolve("hosts/hosts.properties"))) {
      return;
    }
    for (String host : HostsNetwork.HOSTS) {
      HostsNetwork.link(host, true);
    }
  }

  /** Whether {@code org}'s peer is at the platform's height with the same current block hash. */
  static boolean sameTipAsPlatform(String org) {
    try {
      var platform = HostsNetwork.chainInfo("platform");
      var other = HostsNetwork.chainInfo(org);
      return platform.getHeight() == other.getHeight()
          && platform.getCurrentBlockHash().equals(other.getCurrentBlockHash());
    } catch (Exception e) {
      return false;
    }
  }

  static void assertTrue(boolean condition, String what) {
    assertThat(condition).as(what).isTrue();
  }
}
