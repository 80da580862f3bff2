package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.OperatorStatus;
import io.timecoin.model.OperatorStatusQuery;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetOperatorStatusRequest;
import io.timecoin.model.Transactions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 17 items 3, 4a and 6 against the real native network the build brings up (scripts/network
 * up, which also enrolls each writing org's default operator): operator roles and branches from
 * Fabric CA certificate attributes, and the operator registry on the ledger. Every refusal is
 * checked to change nothing: the volunteer's account is compared before and after.
 */
class OperatorRulesIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final Path RUN_DIR =
      Path.of(System.getProperty("timecoin.it.runDir", "target/it-network")).toAbsolutePath();

  private static String henan;
  private static String henanColleague;
  private static String hubei;

  private record Run(int exitCode, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli =
        IdentitiesCli.commandLine(
            Map.of("TIMECOIN_ROOT", System.getProperty("timecoin.it.projectDir", "..")));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    all[0] = "--run-dir";
    all[1] = RUN_DIR.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return new Run(cli.execute(all), out.toString(), err.toString());
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String enrolledVerifier(String branch) {
    String id = unique("branch-" + branch + "-ops");
    Run registered = cli("register", id, "--role", "earning-verifier", "--branch", branch);
    assertThat(registered.exitCode()).as(registered.err()).isZero();
    Run enrolled = cli("enroll", id);
    assertThat(enrolled.exitCode()).as(enrolled.err()).isZero();
    return id;
  }

  @BeforeAll
  static void enrollOperators() {
    henan = enrolledVerifier("henan");
    henanColleague = enrolledVerifier("henan");
    hubei = enrolledVerifier("hubei");
  }

  private static TimeCoinLedger operator(String id) {
    return connect(RUN_DIR.resolve("identities/platform").resolve(id).resolve("client.properties"));
  }

  private static TimeCoinLedger connect(Path clientConfig) {
    return TimeCoinLedger.connect(LedgerConnectionConfig.fromProperties(clientConfig, Map.of()));
  }

  /** The org's default operator, as `up` enrolled it (clients/<org>.properties). */
  private static TimeCoinLedger orgDefault(String org) {
    return connect(RUN_DIR.resolve("clients").resolve(org + ".properties"));
  }

  private static String registeredVolunteer() {
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    try (TimeCoinLedger platform = orgDefault("platform")) {
      platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));
    }
    return volunteer;
  }

  private static RecordEarningRequest earning(String volunteer, String coins, String verifier) {
    return new RecordEarningRequest(
        RequestIds.newId(),
        volunteer,
        unique("river-clean-up"),
        60,
        CoinAmount.parse(coins),
        verifier,
        EVIDENCE,
        "it");
  }

  /** Refused with {@code code}, and the volunteer's account is as it was. */
  private static void refused(String volunteer, ThrowingCallable write, ErrorCode code) {
    try (TimeCoinLedger platform = orgDefault("platform")) {
      AccountView before = platform.getAccount(volunteer);
      assertThatThrownBy(write)
          .isInstanceOfSatisfying(
              LedgerRejectedException.class, e -> assertThat(e.code()).isEqualTo(code));
      assertThat(platform.getAccount(volunteer)).isEqualTo(before);
    }
  }

  @Test
  void a_branch_verifier_mints_only_in_its_own_branch_s_name() {
    String volunteer = registeredVolunteer();
    try (TimeCoinLedger verifier = operator(henan)) {
      EntryView entry = verifier.recordEarning(earning(volunteer, "1.00", null)).value();
      EntryView named = verifier.recordEarning(earning(volunteer, "1.00", "henan")).value();

      assertThat(entry.verifier()).isEqualTo("henan");
      assertThat(entry.recordedBy().branch()).isEqualTo("henan");
      assertThat(entry.recordedBy().certificateId())
          .isEqualTo(
              OperatorRegistry.certificateIdOf(
                  RUN_DIR.resolve("identities/platform").resolve(henan).resolve("cert.pem")));
      assertThat(named.verifier()).isEqualTo("henan");
      refused(
          volunteer,
          () -> verifier.recordEarning(earning(volunteer, "1.00", "hubei")),
          ErrorCode.VERIFIER_MISMATCH);
    }
  }

  @Test
  void an_identity_without_the_role_or_of_another_org_is_refused_and_changes_nothing() {
    String volunteer = registeredVolunteer();
    // cryptogen's User1 of the platform: no attributes, so no operator role.
    try (TimeCoinLedger user1 = connect(RUN_DIR.resolve("clients/user1/platform.properties"));
        TimeCoinLedger insurer = orgDefault("insurer")) {
      refused(
          volunteer,
          () -> user1.recordEarning(earning(volunteer, "1.00", null)),
          ErrorCode.ROLE_REQUIRED);
      refused(
          volunteer,
          () -> insurer.recordEarning(earning(volunteer, "1.00", null)),
          ErrorCode.ACCESS_DENIED);
      // What the service identity may still do: writes that need no operator role.
      user1.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer + "x"));
    }
  }

  @Test
  void a_suspended_operator_is_refused_from_its_next_write_until_reinstated() {
    String volunteer = registeredVolunteer();
    Run suspended = cli("suspend", henanColleague, "--reason", "laptop lost");
    assertThat(suspended.exitCode()).as(suspended.out() + suspended.err()).isZero();
    assertThat(suspended.out()).contains("SUSPENDED").contains("refused from the next block on");

    try (TimeCoinLedger colleague = operator(henanColleague);
        TimeCoinLedger other = operator(hubei)) {
      refused(
          volunteer,
          () -> colleague.recordEarning(earning(volunteer, "1.00", null)),
          ErrorCode.IDENTITY_SUSPENDED);
      other.recordEarning(earning(volunteer, "1.00", null));

      Run reinstated = cli("reinstate", henanColleague, "--reason", "laptop found");
      assertThat(reinstated.exitCode()).as(reinstated.out() + reinstated.err()).isZero();
      colleague.recordEarning(earning(volunteer, "1.00", null));
    }
  }

  @Test
  void an_org_suspends_only_its_own_operators() {
    String certificateId =
        OperatorRegistry.certificateIdOf(
            RUN_DIR.resolve("identities/platform").resolve(hubei).resolve("cert.pem"));
    try (TimeCoinLedger platform = orgDefault("platform");
        TimeCoinLedger insurer = orgDefault("insurer")) {
      assertThatThrownBy(
              () ->
                  platform.submit(
                      Transactions.SET_PLATFORM_OPERATOR_STATUS,
                      new SetOperatorStatusRequest(
                          RequestIds.newId(),
                          "InsurerMSP",
                          certificateId,
                          OperatorStatus.SUSPENDED,
                          "not ours")))
          .isInstanceOfSatisfying(
              LedgerRejectedException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATOR_OF_ANOTHER_ORG));
      // The insurer's own registry row for a platform certificate never touches the platform's.
      insurer.submit(
          Transactions.SET_INSURER_OPERATOR_STATUS,
          new SetOperatorStatusRequest(
              RequestIds.newId(), "InsurerMSP", certificateId, OperatorStatus.SUSPENDED, "ours?"));
      assertThat(
              platform
                  .evaluate(
                      Transactions.GET_OPERATOR_STATUS,
                      new OperatorStatusQuery("PlatformMSP", certificateId))
                  .status())
          .isEqualTo(OperatorStatus.ACTIVE);
    }
  }

  @Test
  void revoke_takes_effect_on_the_ledger_at_once_even_before_the_crl_reaches_the_peers() {
    String id = enrolledVerifier("henan");
    String volunteer = registeredVolunteer();

    Run revoked = cli("revoke", id, "--reason", "cessationofoperation");

    assertThat(revoked.exitCode()).as(revoked.out() + revoked.err()).isZero();
    assertThat(revoked.out())
        .contains("in the platform registry on the ledger")
        .contains("refuses its writes from the next block on")
        .contains("the peers still accept its certificate");
    try (TimeCoinLedger gone = operator(id)) {
      refused(
          volunteer,
          () -> gone.recordEarning(earning(volunteer, "1.00", null)),
          ErrorCode.IDENTITY_SUSPENDED);
    }
    // A registry revocation is final.
    Run reinstate = cli("reinstate", id, "--reason", "mistake");
    assertThat(reinstate.exitCode()).isEqualTo(7);
    assertThat(reinstate.err()).contains("INVALID_STATUS_CHANGE");
  }

  @Test
  void a_day_s_earnings_group_by_operator_identity_and_branch() {
    String first = registeredVolunteer();
    String second = registeredVolunteer();
    try (TimeCoinLedger henanOps = operator(henan);
        TimeCoinLedger hubeiOps = operator(hubei);
        TimeCoinLedger auditor = orgDefault("auditor")) {
      henanOps.recordEarning(earning(first, "2.00", null));
      henanOps.recordEarning(earning(second, "1.50", null));
      hubeiOps.recordEarning(earning(second, "0.25", null));

      List<EntryView> earnings =
          List.of(first, second).stream()
              .flatMap(
                  v ->
                      auditor
                          .listEntries(new ListEntriesRequest(v, 1L, null, null, 200, null))
                          .entries()
                          .stream())
              .filter(e -> e.type() == EntryType.EARN)
              .toList();
      Map<String, CoinAmount> byOperatorAndBranch =
          earnings.stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.recordedBy().branch() + "/" + e.recordedBy().certificateId(),
                      TreeMap::new,
                      Collectors.reducing(
                          CoinAmount.ZERO,
                          e -> CoinAmount.parse(e.amount().toString()),
                          CoinAmount::plus)));

      String henanCert =
          OperatorRegistry.certificateIdOf(
              RUN_DIR.resolve("identities/platform").resolve(henan).resolve("cert.pem"));
      String hubeiCert =
          OperatorRegistry.certificateIdOf(
              RUN_DIR.resolve("identities/platform").resolve(hubei).resolve("cert.pem"));
      assertThat(byOperatorAndBranch)
          .containsExactly(
              Map.entry("henan/" + henanCert, CoinAmount.parse("3.50")),
              Map.entry("hubei/" + hubeiCert, CoinAmount.parse("0.25")));
    }
  }
}
