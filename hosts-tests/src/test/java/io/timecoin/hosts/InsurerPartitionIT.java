package io.timecoin.hosts;

import static io.timecoin.hosts.HostsNetwork.requestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The insurer's host cut off: a claim decision fails as unavailable (the insurer reaches no peer of
 * its own, and no decision is valid without the insurer's peer), coin writes go on with the
 * platform and the auditor, and once the link is back the decision goes through.
 */
class InsurerPartitionIT {

  private static TimeCoinLedger platform;
  private static TimeCoinLedger insurer;

  @BeforeAll
  static void connect() {
    if (!HostsNetwork.available()) {
      return; // each test skips with the reason (hosts())
    }
    platform = HostsNetwork.connect("platform");
    insurer = HostsNetwork.connect("insurer");
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
    Stream.of(platform, insurer).filter(c -> c != null).forEach(TimeCoinLedger::close);
  }

  @Test
  void claim_decisions_fail_while_the_insurer_is_cut_off_coin_writes_continue_then_it_recovers() {
    String claimId = filedClaim();

    HostsNetwork.link("insurer", false);
    DecideClaimRequest decision =
        new DecideClaimRequest(
            requestId(), claimId, ClaimDecision.APPROVED, MoneyAmount.parse("50.00"), "covered");
    long askedAt = System.nanoTime();
    LedgerUnavailableException refused =
        catchThrowableOfType(LedgerUnavailableException.class, () -> insurer.decideClaim(decision));
    long refusedAfter = (System.nanoTime() - askedAt) / 1_000_000;
    assertThat(refused)
        .as("a claim decision with the insurer cut off fails as unavailable")
        .isNotNull();
    assertThat(refused.outcomeUnknown()).as("it never reached the orderer").isFalse();
    assertThat(refusedAfter).as("it fails within the client's write budget").isLessThan(45_000);

    String volunteer = Partitions.volunteerWith(platform, "0.00");
    long writeAt = System.nanoTime();
    Partitions.eventually(
        Duration.ofSeconds(90), () -> Partitions.earn(platform, volunteer, "2.00"));
    long writeTook = (System.nanoTime() - writeAt) / 1_000_000;
    assertThat(Partitions.balance(platform, volunteer)).isEqualTo(CoinAmount.parse("2.00"));
    System.out.printf(
        "insurer cut off: the decision failed after %d ms (%s); a coin write committed in %d ms%n",
        refusedAfter, refused.getMessage(), writeTook);

    HostsNetwork.link("insurer", true);
    long healed = System.nanoTime();
    ClaimStatus decided =
        Partitions.eventually(
                Duration.ofSeconds(120),
                () ->
                    insurer.decideClaim(
                        new DecideClaimRequest(
                            requestId(),
                            claimId,
                            ClaimDecision.APPROVED,
                            MoneyAmount.parse("50.00"),
                            "covered")))
            .value()
            .status();
    assertThat(decided).isEqualTo(ClaimStatus.APPROVED);
    System.out.printf(
        "the decision committed %d ms after the insurer's link came back%n",
        (System.nanoTime() - healed) / 1_000_000);
  }

  /** A claim filed on a voucher of a new product, all committed before the cut. */
  private static String filedClaim() {
    String code = "CUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    insurer.defineVoucherProduct(
        new DefineVoucherProductRequest(
            requestId(), code, CoinAmount.parse("1.00"), 30, MoneyAmount.parse("500.00"), "CNY"));
    String volunteer = Partitions.volunteerWith(platform, "2.00");
    String voucherId =
        Partitions.eventually(
                Duration.ofSeconds(20),
                () ->
                    platform.purchaseVoucher(
                        new PurchaseVoucherRequest(requestId(), volunteer, code)))
            .value()
            .voucher()
            .voucherId();
    String claimId =
        platform
            .fileClaim(
                new FileClaimRequest(
                    requestId(),
                    volunteer,
                    voucherId,
                    OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    MoneyAmount.parse("50.00"),
                    "act-1",
                    Partitions.EVIDENCE),
                new ClaimPrivateDetails(
                    "bruised knee",
                    List.of(Partitions.EVIDENCE),
                    "payout-ref-cut",
                    "cut-salt-0123456789"))
            .value()
            .claimId();
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(20),
                () -> {
                  try {
                    return insurer.getClaim(claimId).status() == ClaimStatus.FILED;
                  } catch (RuntimeException e) {
                    return false;
                  }
                }))
        .isTrue();
    return claimId;
  }
}
