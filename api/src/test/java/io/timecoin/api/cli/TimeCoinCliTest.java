package io.timecoin.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.TransactionStatus;
import io.timecoin.client.testing.InProcessNetwork;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.VoucherView;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimeCoinCliTest {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @TempDir Path runDir;

  /** The real contract in memory; its transaction times fall on 2026-11-20 (UTC). */
  private final InProcessNetwork network =
      InProcessNetwork.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  /** The test's own clients, for setting the ledger up and looking at it afterwards. */
  private final TimeCoinLedger platform = network.connect("PlatformMSP");

  private final TimeCoinLedger insurer = network.connect("InsurerMSP");

  /** Each client the command line connected, in order (it closes each when it is done). */
  private final List<TimeCoinLedger> opened = new ArrayList<>();

  private final List<LedgerConnectionConfig> connections = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setEarningPolicy() {
    platform.setEarningPolicy(
        new SetEarningPolicyRequest(
            RequestIds.newId(), CoinAmount.parse("20.00"), CoinAmount.parse("24.00"), "+00:00"));
  }

  @BeforeEach
  void writeClientConfig() throws IOException {
    Files.createDirectories(runDir.resolve("clients"));
    Files.writeString(
        runDir.resolve("clients/platform.properties"),
        String.join(
            "\n",
            "timecoin.peer.endpoint=127.0.0.1:7051",
            "timecoin.peer.tlsRootCert=ca.crt",
            "timecoin.msp.id=PlatformMSP",
            "timecoin.identity.certificate=cert.pem",
            "timecoin.identity.privateKey=priv_sk",
            "timecoin.channel=timecoin",
            "timecoin.chaincode=timecoin"));
  }

  @Test
  void registers_and_prints_transaction_block_and_account_as_json() {
    int status = run("register", "vol-42", "--request-id", "req-1");

    assertThat(status).isZero();
    Matcher printed =
        Pattern.compile(
                "\\{\"blockNumber\":(\\d+),\"result\":\\{.*\\},\"transactionId\":\"([0-9a-f]{64})\"\\}")
            .matcher(out.toString().strip());
    assertThat(printed.matches()).as(out.toString()).isTrue();
    assertThat(out.toString()).contains("\"volunteerId\":\"vol-42\"", "\"balance\":\"0.00\"");
    assertThat(platform.transactionStatus(printed.group(2)))
        .contains(
            new TransactionStatus(printed.group(2), "VALID", Long.parseLong(printed.group(1))));
    assertThatThrownBy(() -> opened.get(0).getAccount("vol-42"))
        .as("the command line closed its client")
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void finds_the_client_configuration_in_the_run_folder_of_scripts_network() {
    run("account", "anyone");

    assertThat(connections)
        .singleElement()
        .satisfies(c -> assertThat(c.mspId()).isEqualTo("PlatformMSP"));
    assertThat(connections.get(0).clientCertificate())
        .isEqualTo(runDir.resolve("clients/cert.pem"));
  }

  @Test
  void earns_and_then_shows_the_new_balance() {
    run("register", "vol-42");
    int earned =
        run(
            "earn",
            "vol-42",
            "beach-clean-up",
            "12.50",
            "--evidence",
            EVIDENCE,
            "--verified-by",
            "branch-7",
            "--minutes",
            "90",
            "--category",
            "environment");
    out.getBuffer().setLength(0);
    int shown = run("account", "vol-42");

    assertThat(earned).isZero();
    assertThat(shown).isZero();
    assertThat(out.toString()).contains("\"balance\":\"12.50\"", "\"entryCount\":1");
  }

  @Test
  void prints_a_generated_request_id_so_an_unknown_outcome_can_be_retried() {
    run("register", "vol-42");

    assertThat(err.toString()).startsWith("request id: cli:");
  }

  @Test
  void refusal_exits_with_3_and_prints_the_error_code() {
    int status = run("account", "nobody");

    assertThat(status).isEqualTo(TimeCoinCli.REFUSED);
    assertThat(err.toString()).contains("VOLUNTEER_NOT_FOUND");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void invalid_amount_is_refused_before_connecting_with_exit_status_2() {
    int status =
        run(
            "earn",
            "vol-42",
            "a-1",
            "12.345",
            "--evidence",
            EVIDENCE,
            "--verified-by",
            "branch-7",
            "--minutes",
            "60",
            "--category",
            "care");

    assertThat(status).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(err.toString()).contains("[INVALID_AMOUNT]").doesNotContain("12.345");
    assertThat(connections).isEmpty();
  }

  @Test
  void missing_client_configuration_exits_with_5_and_names_the_file() {
    Path missing = runDir.resolve("nowhere.properties");

    int status = run("--client", missing.toString(), "account", "vol-42");

    assertThat(status).isEqualTo(TimeCoinCli.BAD_CONFIGURATION);
    assertThat(err.toString()).contains("nowhere.properties");
  }

  @Test
  void missing_argument_is_a_usage_error() {
    assertThat(run("earn", "vol-42")).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(connections).isEmpty();
  }

  @Test
  void balance_prints_the_balance_and_status_only() {
    run("register", "vol-42", "--request-id", "req-1");
    out.getBuffer().setLength(0);

    assertThat(run("balance", "vol-42")).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("{\"balance\":\"0.00\",\"status\":\"ACTIVE\",\"volunteerId\":\"vol-42\"}");
  }

  @Test
  void api_setup_writes_hashed_keys_a_private_token_key_and_settings_then_token_mints()
      throws IOException {
    Path api = runDir.resolve("api");
    int status =
        run(
            "api-setup",
            "--dir",
            api.toString(),
            "--org",
            "platform",
            "--port",
            "7080",
            "--ledger-client",
            runDir.resolve("clients/platform.properties").toString());

    assertThat(status).as(err.toString()).isZero();
    String clear = Files.readString(api.resolve("platform.keys"));
    String hashed = Files.readString(api.resolve("platform.callers"));
    String key =
        clear
            .lines()
            .filter(l -> l.startsWith("platform-ops "))
            .findFirst()
            .orElseThrow()
            .split(" ")[2];
    assertThat(hashed).doesNotContain(key).contains(io.timecoin.api.auth.ApiKeys.sha256Hex(key));
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(api.resolve("platform.keys"))))
        .isEqualTo("rw-------");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(api.resolve("volunteer-token.jwk"))))
        .isEqualTo("rw-------");
    io.timecoin.api.server.ApiConfig config =
        io.timecoin.api.server.ApiConfig.fromProperties(api.resolve("platform.properties"));
    assertThat(config.port()).isEqualTo(7080);
    assertThat(io.timecoin.api.auth.ApiKeys.load(config.callersFile(), "platform").size())
        .isEqualTo(2);

    run(
        "api-setup",
        "--dir",
        api.toString(),
        "--org",
        "platform",
        "--port",
        "7081",
        "--ledger-client",
        "x");
    assertThat(Files.readString(api.resolve("platform.keys"))).as("keys are kept").isEqualTo(clear);

    out.getBuffer().setLength(0);
    assertThat(run("token", "vol-42", "--key", api.resolve("volunteer-token.jwk").toString()))
        .isZero();
    String token = out.toString().strip();
    var verifier =
        io.timecoin.api.auth.VolunteerTokens.fromJwkFile(
            api.resolve("volunteer-token.pub.jwk"), java.time.Clock.systemUTC());
    assertThat(verifier.verify(token))
        .hasValueSatisfying(c -> assertThat(c.volunteerId()).isEqualTo("vol-42"));
  }

  @Test
  void
      api_setup_on_another_orgs_host_takes_the_platforms_public_token_key_and_makes_no_signing_key()
          throws IOException {
    Path platformApi = runDir.resolve("hosts/platform/api");
    Path insurerApi = runDir.resolve("hosts/insurer/api");
    String ledgerClient = runDir.resolve("clients/x.properties").toString();
    assertThat(
            run(
                "api-setup",
                "--dir",
                platformApi.toString(),
                "--org",
                "platform",
                "--port",
                "1",
                "--ledger-client",
                ledgerClient))
        .as(err.toString())
        .isZero();
    Path publicKey = platformApi.resolve("volunteer-token.pub.jwk");

    int status =
        run(
            "api-setup",
            "--dir",
            insurerApi.toString(),
            "--org",
            "insurer",
            "--port",
            "2",
            "--ledger-client",
            ledgerClient,
            "--volunteer-token-public-key",
            publicKey.toString());

    assertThat(status).as(err.toString()).isZero();
    assertThat(insurerApi.resolve("volunteer-token.jwk")).doesNotExist();
    assertThat(Files.readString(insurerApi.resolve("volunteer-token.pub.jwk")))
        .isEqualTo(Files.readString(publicKey));
    out.getBuffer().setLength(0);
    assertThat(
            run("token", "vol-42", "--key", platformApi.resolve("volunteer-token.jwk").toString()))
        .isZero();
    var verifier =
        io.timecoin.api.auth.VolunteerTokens.fromJwkFile(
            insurerApi.resolve("volunteer-token.pub.jwk"), java.time.Clock.systemUTC());
    assertThat(verifier.verify(out.toString().strip()))
        .as("the insurer's API verifies the platform's tokens")
        .hasValueSatisfying(c -> assertThat(c.volunteerId()).isEqualTo("vol-42"));
  }

  @Test
  void help_lists_every_command_for_a_newcomer() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("serve", "balance", "history", "request", "export", "token", "register", "earn");
  }

  @Test
  void vouchers_lists_only_that_volunteers_vouchers() {
    defineProduct();
    VoucherView own = buyVoucher("vol-42");
    VoucherView other = buyVoucher("vol-7");

    int status = run("vouchers", "vol-42");

    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("\"voucherId\":\"" + own.voucherId() + "\"", "\"remainingCover\":\"900.00\"")
        .doesNotContain(other.voucherId());
  }

  @Test
  void claim_prints_the_public_part_and_an_unknown_claim_is_refused() {
    defineProduct();
    VoucherView voucher = buyVoucher("vol-42");
    ClaimView filed =
        platform
            .fileClaim(
                new FileClaimRequest(
                    RequestIds.newId(),
                    "vol-42",
                    voucher.voucherId(),
                    "2026-11-20T17:00:00+08:00",
                    MoneyAmount.parse("100.00"),
                    "act-vol-42",
                    EVIDENCE),
                new ClaimPrivateDetails(
                    "sprained ankle", List.of(EVIDENCE), "payout-7", "salt-0123456789abcdef"))
            .value();
    insurer.decideClaim(
        new DecideClaimRequest(
            RequestIds.newId(),
            filed.claimId(),
            ClaimDecision.APPROVED,
            MoneyAmount.parse("80.00"),
            "covered"));

    int shown = run("claim", filed.claimId());
    String printed = out.toString();
    int missing = run("claim", "c-2");

    assertThat(shown).isZero();
    assertThat(printed).contains("\"status\":\"APPROVED\"", "\"approvedAmount\":\"80.00\"");
    assertThat(missing).isEqualTo(TimeCoinCli.REFUSED);
    assertThat(err.toString()).contains("CLAIM_NOT_FOUND");
  }

  /** An insurer's product: 2.00 coins for 30 days of cover up to 900.00. */
  private void defineProduct() {
    insurer.defineVoucherProduct(
        new DefineVoucherProductRequest(
            RequestIds.newId(),
            "ACC-30",
            CoinAmount.parse("2.00"),
            30,
            MoneyAmount.parse("900.00"),
            "CNY"));
  }

  /** Registers the volunteer, has them earn the price (activity act-{id}) and buys a voucher. */
  private VoucherView buyVoucher(String volunteerId) {
    platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteerId));
    platform.recordEarning(
        new RecordEarningRequest(
            RequestIds.newId(),
            volunteerId,
            "act-" + volunteerId,
            60,
            CoinAmount.parse("2.00"),
            "branch-7",
            EVIDENCE,
            "care"));
    return platform
        .purchaseVoucher(new PurchaseVoucherRequest(RequestIds.newId(), volunteerId, "ACC-30"))
        .value()
        .voucher();
  }

  private int run(String... args) {
    CommandLine commandLine =
        TimeCoinCli.commandLine(
            config -> {
              connections.add(config);
              TimeCoinLedger client = network.connect("PlatformMSP");
              opened.add(client);
              return client;
            },
            Map.of("TIMECOIN_RUN_DIR", runDir.toString()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
