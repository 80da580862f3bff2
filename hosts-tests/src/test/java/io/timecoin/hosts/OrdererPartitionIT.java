package io.timecoin.hosts;

import static io.timecoin.hosts.HostsNetwork.requestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.timecoin.client.LedgerOutcomeUnknownException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.PayForHelpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The orderer's host cut off: a write fails fast (in seconds, not at the end of its 30 s budget) as
 * "ordering service unreachable", and nothing of it is half-written: once the link is back, the
 * payment's two legs are either both on the ledger or neither, and sending the same request again
 * leaves it there exactly once.
 */
class OrdererPartitionIT {

  private static TimeCoinLedger platform;

  @BeforeAll
  static void connect() {
    if (!HostsNetwork.available()) {
      return; // each test skips with the reason (hosts())
    }
    platform = HostsNetwork.connect("platform");
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
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void writes_fail_fast_as_unavailable_and_nothing_is_half_written() {
    String payer = Partitions.volunteerWith(platform, "4.00");
    String payee = Partitions.volunteerWith(platform, "0.00");
    PayForHelpRequest payment =
        new PayForHelpRequest(
            requestId(), payer, payee, CoinAmount.parse("1.50"), "help-" + UUID.randomUUID(), null);

    HostsNetwork.link("orderer", false);
    long askedAt = System.nanoTime();
    LedgerOutcomeUnknownException failed =
        catchThrowableOfType(
            LedgerOutcomeUnknownException.class, () -> platform.payForHelp(payment));
    long failedAfter = (System.nanoTime() - askedAt) / 1_000_000;
    assertThat(failed).as("a write with the orderer cut off fails as unavailable").isNotNull();
    System.out.printf(
        "orderer cut off: the payment failed after %d ms, ordering unreachable %s: %s%n",
        failedAfter, failed.orderingUnreachable(), failed.getMessage());
    assertThat(failed.orderingUnreachable())
        .as("the failure names the ordering service as out of reach")
        .isTrue();
    assertThat(failed.requestId()).isEqualTo(payment.requestId());
    // Fast: two hand-overs of at most the peers' 3 s broadcast timeout and a request lookup, not
    // the client's 30 s write budget (margin for a loaded machine).
    assertThat(failedAfter).as("it fails fast").isLessThan(15_000);

    HostsNetwork.link("orderer", true);
    CoinAmount payerBalance =
        Partitions.eventually(Duration.ofSeconds(60), () -> Partitions.balance(platform, payer));
    CoinAmount payeeBalance = Partitions.balance(platform, payee);
    boolean neither =
        payerBalance.equals(CoinAmount.parse("4.00"))
            && payeeBalance.equals(CoinAmount.parse("0.00"));
    boolean both =
        payerBalance.equals(CoinAmount.parse("2.50"))
            && payeeBalance.equals(CoinAmount.parse("1.50"));
    assertThat(neither || both)
        .as("both legs of the payment or neither (payer %s, payee %s)", payerBalance, payeeBalance)
        .isTrue();

    // the same request again, once the orderer is back: on the ledger exactly once
    Partitions.eventually(Duration.ofSeconds(120), () -> platform.payForHelp(payment));
    assertThat(Partitions.balance(platform, payer)).isEqualTo(CoinAmount.parse("2.50"));
    assertThat(Partitions.balance(platform, payee)).isEqualTo(CoinAmount.parse("1.50"));
  }
}
