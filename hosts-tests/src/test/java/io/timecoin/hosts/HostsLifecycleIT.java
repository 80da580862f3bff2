package io.timecoin.hosts;

import static io.timecoin.hosts.HostsNetwork.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.LedgerException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.identities.CaSettings;
import io.timecoin.identities.FabricCa;
import io.timecoin.identities.Operators;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole lifecycle with each org on its own host: the platform registers volunteers and an
 * earning verifier enrolled at the platform host's CA records an earning (endorsed by peers on
 * other hosts), a help payment, a voucher bought from the insurer's product, a claim filed, decided
 * and paid by the insurer; the auditor's peer and the auditor's API, on the auditor's host, see the
 * result.
 */
class HostsLifecycleIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

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

  @AfterAll
  static void close() {
    Stream.of(platform, insurer, auditor).filter(c -> c != null).forEach(TimeCoinLedger::close);
  }

  @Test
  void register_earn_pay_buy_claim_decide_and_pay_across_the_hosts() throws Exception {
    assertThat(HostsNetwork.clientConfig("platform").endpoints().get(0).address())
        .as("the client dials the platform's host, not loopback")
        .startsWith(HostsNetwork.hostSetting("platform", "address") + ":");
    String helped = HostsNetwork.volunteerId();
    String helper = HostsNetwork.volunteerId();
    platform.registerVolunteer(new RegisterVolunteerRequest(requestId(), helped));
    platform.registerVolunteer(new RegisterVolunteerRequest(requestId(), helper));

    try (TimeCoinLedger verifier = enrolledEarningVerifier("branch-hosts")) {
      assertThat(
              verifier
                  .recordEarning(
                      new RecordEarningRequest(
                          requestId(),
                          helped,
                          "act-" + UUID.randomUUID(),
                          60,
                          CoinAmount.parse("6.00"),
                          null,
                          EVIDENCE,
                          "training"))
                  .value()
                  .balanceAfter())
          .isEqualTo(CoinAmount.parse("6.00"));
    }
    platform.payForHelp(
        new PayForHelpRequest(
            requestId(),
            helped,
            helper,
            CoinAmount.parse("1.00"),
            "help-" + UUID.randomUUID(),
            "thanks"));

    String code = "HOSTS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    insurer.defineVoucherProduct(
        new DefineVoucherProductRequest(
            requestId(), code, CoinAmount.parse("3.00"), 30, MoneyAmount.parse("900.00"), "CNY"));
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(20), () -> found(() -> platform.getProduct(code))))
        .as("the insurer's product reached the platform's peer")
        .isTrue();
    String voucherId =
        platform
            .purchaseVoucher(new PurchaseVoucherRequest(requestId(), helped, code))
            .value()
            .voucher()
            .voucherId();
    String claimId =
        platform
            .fileClaim(
                new FileClaimRequest(
                    requestId(),
                    helped,
                    voucherId,
                    OffsetDateTime.now(ZoneOffset.UTC).toString(),
                    MoneyAmount.parse("80.00"),
                    "act-1",
                    EVIDENCE),
                new ClaimPrivateDetails(
                    "sprained ankle",
                    List.of(EVIDENCE),
                    "payout-ref-hosts",
                    "hosts-salt-0123456789"))
            .value()
            .claimId();
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(20), () -> found(() -> insurer.getClaim(claimId))))
        .as("the platform's claim reached the insurer's peer")
        .isTrue();
    assertThat(
            insurer
                .decideClaim(
                    new DecideClaimRequest(
                        requestId(),
                        claimId,
                        ClaimDecision.APPROVED,
                        MoneyAmount.parse("80.00"),
                        "covered"))
                .value()
                .status())
        .isEqualTo(ClaimStatus.APPROVED);
    assertThat(
            insurer
                .markClaimPaid(new MarkClaimPaidRequest(requestId(), claimId, "PAY-HOSTS"))
                .value()
                .status())
        .isEqualTo(ClaimStatus.PAID);

    // 6.00 earned - 1.00 paid for help - 3.00 for the voucher, as the auditor's host sees it
    assertThat(
            HostsNetwork.within(
                Duration.ofSeconds(20),
                () ->
                    found(() -> auditor.getClaim(claimId))
                        && auditor.getClaim(claimId).status() == ClaimStatus.PAID))
        .as("the auditor's peer holds the paid claim")
        .isTrue();
    assertThat(auditor.getAccount(helped).balance()).isEqualTo(CoinAmount.parse("2.00"));
    assertThat(auditor.getAccount(helper).balance()).isEqualTo(CoinAmount.parse("1.00"));
    ClaimView paid = auditor.getClaim(claimId);
    assertThat(paid.voucherId()).isEqualTo(voucherId);

    JsonNode account = auditorApiAccount(helped);
    assertThat(account.path("balance").asText()).isEqualTo("2.00");
  }

  /**
   * A new operator with the earning-verifier role, registered and enrolled at the platform's CA.
   */
  private static TimeCoinLedger enrolledEarningVerifier(String branch) {
    Operators operators =
        new Operators(
            new FabricCa(
                CaSettings.read(
                    HostsNetwork.hostDir("platform").resolve("ca/ca-client.properties"))),
            "platform");
    String id = "hosts-verifier-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
    operators.register(id, "earning-verifier", branch);
    Path config = operators.enroll(id).clientConfig();
    return TimeCoinLedger.connect(LedgerConnectionConfig.fromProperties(config));
  }

  /** The account as the auditor's API on the auditor's host answers it, with the auditor's key. */
  private static JsonNode auditorApiAccount(String volunteerId)
      throws IOException, InterruptedException {
    Path api = HostsNetwork.hostDir("auditor").resolve("api");
    Properties settings = new Properties();
    try (InputStream in = Files.newInputStream(api.resolve("auditor.properties"))) {
      settings.load(in);
    }
    assertThat(settings.getProperty("host"))
        .isEqualTo(HostsNetwork.hostSetting("auditor", "address"));
    String key =
        Files.readAllLines(api.resolve("auditor.keys")).stream()
            .filter(line -> line.startsWith("auditor "))
            .map(line -> line.split(" ")[2])
            .findFirst()
            .orElseThrow();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://"
                            + settings.getProperty("host")
                            + ":"
                            + settings.getProperty("port")
                            + "/v1/volunteers/"
                            + volunteerId
                            + "/account"))
                .header("X-API-Key", key)
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  private static boolean found(Runnable read) {
    try {
      read.run();
      return true;
    } catch (LedgerException e) {
      return false;
    }
  }
}
