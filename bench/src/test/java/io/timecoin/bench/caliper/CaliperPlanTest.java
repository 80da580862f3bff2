package io.timecoin.bench.caliper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.bench.report.BenchReport;
import io.timecoin.bench.report.ReportJson;
import io.timecoin.client.LedgerConnectionConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaliperPlanTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static CaliperPlan plan() {
    Map<Integer, Double> rates = new LinkedHashMap<>();
    rates.put(4, 9.96);
    rates.put(16, 31.04);
    return new CaliperPlan("cal1a", 20, rates);
  }

  static LedgerConnectionConfig client() {
    return LedgerConnectionConfig.builder()
        .peerEndpoint("127.0.0.1:19051")
        .tlsHostnameOverride("peer0.platform.timecoin.local")
        .tlsRootCertificate(Path.of("/run/tls/ca.pem"))
        .mspId("PlatformMSP")
        .clientCertificate(Path.of("/run/operators/platform-ops/cert.pem"))
        .privateKey(Path.of("/run/operators/platform-ops/key.pem"))
        .channelName("timecoin")
        .chaincodeName("timecoin")
        .build();
  }

  @Test
  void each_w1_level_gets_a_closed_loop_a_fixed_load_and_a_fixed_rate_round_at_w1s_rate() {
    assertThat(plan().rounds())
        .containsExactly(
            new CaliperPlan.Round("closed-loop", 4, 0),
            new CaliperPlan.Round("fixed-load", 4, 0),
            new CaliperPlan.Round("fixed-rate", 4, 10.0),
            new CaliperPlan.Round("closed-loop", 16, 0),
            new CaliperPlan.Round("fixed-load", 16, 0),
            new CaliperPlan.Round("fixed-rate", 16, 31.0));
    assertThat(plan().accounts()).isEqualTo(64);
  }

  @Test
  void a_level_where_w1_committed_nothing_gets_no_fixed_rate_round() {
    CaliperPlan plan = new CaliperPlan("cal1a", 5, Map.of(8, 0.0));

    assertThat(plan.rounds())
        .containsExactly(
            new CaliperPlan.Round("closed-loop", 8, 0), new CaliperPlan.Round("fixed-load", 8, 0));
  }

  @Test
  void the_plan_comes_from_w1s_levels_in_a_bench_report() {
    BenchReport report = ReportJson.read(ReportJson.write(CaliperComparisonTest.w1Report()));

    CaliperPlan plan = CaliperPlan.fromW1("cal1a", 30, report);

    assertThat(plan.w1Rates()).containsExactly(Map.entry(4, 10.0), Map.entry(16, 32.0));
  }

  @Test
  void bad_plans_are_refused_with_a_reason() {
    assertThatThrownBy(() -> new CaliperPlan("no spaces", 5, Map.of(4, 1.0)))
        .hasMessageContaining("run id");
    assertThatThrownBy(() -> new CaliperPlan("cal1a", 0, Map.of(4, 1.0)))
        .hasMessageContaining("at least 1 second");
    assertThatThrownBy(() -> new CaliperPlan("cal1a", 5, Map.of()))
        .hasMessageContaining("no concurrency level");
  }

  @Test
  void network_config_names_the_gateway_peer_its_tls_ca_and_the_operators_files_only()
      throws Exception {
    JsonNode net = JSON.readTree(CaliperConfigs.network(client()));

    assertThat(net.path("version").asText()).isEqualTo("2.0.0");
    assertThat(net.at("/caliper/blockchain").asText()).isEqualTo("fabric");
    assertThat(net.at("/channels/0/channelName").asText()).isEqualTo("timecoin");
    assertThat(net.at("/channels/0/contracts/0/id").asText()).isEqualTo("timecoin");
    JsonNode org = net.at("/organizations/0");
    assertThat(org.path("mspid").asText()).isEqualTo("PlatformMSP");
    assertThat(org.at("/identities/certificates/0/name").asText()).isEqualTo("platform-ops");
    assertThat(org.at("/identities/certificates/0/clientPrivateKey/path").asText())
        .isEqualTo("/run/operators/platform-ops/key.pem");
    assertThat(org.at("/identities/certificates/0/clientSignedCert/path").asText())
        .isEqualTo("/run/operators/platform-ops/cert.pem");
    assertThat(org.path("peers")).hasSize(1);
    assertThat(org.at("/peers/0/endpoint").asText()).isEqualTo("127.0.0.1:19051");
    assertThat(org.at("/peers/0/tlsCACerts/path").asText()).isEqualTo("/run/tls/ca.pem");
    assertThat(org.at("/peers/0/grpcOptions/ssl-target-name-override").asText())
        .isEqualTo("peer0.platform.timecoin.local");
  }

  @Test
  void benchmark_config_runs_one_worker_with_w1s_concurrency_in_flight() throws Exception {
    JsonNode bench =
        JSON.readTree(
            CaliperConfigs.benchmark(
                plan(), client(), Path.of("/repo/record-earning.js"), Path.of("/run/records")));

    assertThat(bench.at("/test/workers/number").asInt()).isEqualTo(1);
    JsonNode rounds = bench.at("/test/rounds");
    assertThat(rounds).hasSize(6);
    JsonNode loop = rounds.get(3);
    assertThat(loop.path("label").asText()).isEqualTo("closed-loop-c16");
    assertThat(loop.at("/rateControl/type").asText()).isEqualTo("/repo/closed-loop.js");
    assertThat(loop.at("/rateControl/opts/transactionLoad").asInt()).isEqualTo(16);
    JsonNode load = rounds.get(4);
    assertThat(load.path("label").asText()).isEqualTo("fixed-load-c16");
    assertThat(load.path("txDuration").asInt()).isEqualTo(20);
    assertThat(load.at("/rateControl/type").asText()).isEqualTo("fixed-load");
    assertThat(load.at("/rateControl/opts/transactionLoad").asInt()).isEqualTo(16);
    JsonNode rate = rounds.get(5);
    assertThat(rate.at("/rateControl/type").asText()).isEqualTo("fixed-rate");
    assertThat(rate.at("/rateControl/opts/tps").asDouble()).isEqualTo(31.0);
    JsonNode args = load.at("/workload/arguments");
    assertThat(load.at("/workload/module").asText()).isEqualTo("/repo/record-earning.js");
    assertThat(args.path("runId").asText()).isEqualTo("cal1a");
    assertThat(args.path("label").asText()).isEqualTo("fixed-load-c16");
    assertThat(args.path("accounts").asInt()).isEqualTo(64);
    assertThat(args.path("contractId").asText()).isEqualTo("timecoin");
    assertThat(args.path("invokerIdentity").asText()).isEqualTo("platform-ops");
    assertThat(args.path("outDir").asText()).isEqualTo("/run/records");
  }

  @Test
  void the_plan_survives_its_json_file() throws Exception {
    CaliperPlan read = JSON.readValue(JSON.writeValueAsString(plan()), CaliperPlan.class);

    assertThat(read).isEqualTo(plan());
    assertThat(List.copyOf(read.w1Rates().keySet())).containsExactly(4, 16);
  }
}
