package io.timecoin.outside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schemathesis (pinned in outside-tests/schemathesis/requirements.txt) fuzzes each org's API from
 * the OpenAPI document that instance itself serves, with a valid key of that org, and a volunteer's
 * own reads with a volunteer token. Every answer must be no 5xx, a documented status, the
 * documented content type, headers and schema. Any finding fails the build: fix the API or its
 * document (with a test of our own), or, if Schemathesis misreads the document, narrow it here with
 * the reason.
 */
class SchemathesisIT {

  /** The checks that say whether the API keeps its document; nothing that guesses at intent. */
  private static final String CHECKS =
      "not_a_server_error,status_code_conformance,content_type_conformance,"
          + "response_schema_conformance,response_headers_conformance";

  /** The routes a volunteer token may call: reads of the volunteer's own data. */
  private static final String OWNED_READS =
      "^/v1/(volunteers/\\{volunteerId\\}/(account|entries|vouchers)"
          + "|entries/\\{entryId\\}|vouchers/\\{voucherId\\}|claims/\\{claimId\\})$";

  private static ItNetwork network;

  /** The four runs, started together: they mostly wait for blocks, not for the CPU. */
  private static final Map<String, CompletableFuture<Command.Result>> RUNS = new HashMap<>();

  private static ExecutorService pool;

  @BeforeAll
  static void startEveryRun() {
    network = new ItNetwork();
    pool = Executors.newFixedThreadPool(4);
    for (Arguments org : orgKeys().toList()) {
      String name = (String) org.get()[0];
      String caller = (String) org.get()[1];
      List<String> key = List.of("-H", "X-API-Key: " + network.apiKey(caller));
      RUNS.put(name, start(() -> schemathesis(name, name, key, List.of(), Map.of())));
    }
    String volunteer = registeredVolunteer();
    List<String> token =
        List.of(
            "-H",
            "Authorization: Bearer " + network.volunteerToken(volunteer),
            "--include-path-regex",
            OWNED_READS);
    List<String> config =
        List.of(
            "--config-file", network.moduleDir.resolve("schemathesis/volunteer.toml").toString());
    RUNS.put(
        "volunteer",
        start(
            () ->
                schemathesis(
                    "platform",
                    "volunteer",
                    token,
                    config,
                    Map.of("TIMECOIN_VOLUNTEER_ID", volunteer))));
  }

  @AfterAll
  static void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  static Stream<Arguments> orgKeys() {
    return Stream.of(
        Arguments.of("platform", "platform-ops"),
        Arguments.of("insurer", "insurer-staff"),
        Arguments.of("auditor", "auditor"));
  }

  @ParameterizedTest(name = "the {0} API as {1}")
  @MethodSource("orgKeys")
  void each_orgs_api_answers_as_its_own_openapi_document_says(String org, String caller)
      throws Exception {
    assertKeptTheDocument(RUNS.get(org).get(), 30);
  }

  @Test
  void a_volunteers_reads_of_their_own_data_answer_as_the_document_says() throws Exception {
    assertKeptTheDocument(RUNS.get("volunteer").get(), 6);
  }

  private static CompletableFuture<Command.Result> start(Supplier<Command.Result> run) {
    return CompletableFuture.supplyAsync(run, pool);
  }

  /** A volunteer registered through the platform's API, whose token the volunteer run uses. */
  private static String registeredVolunteer() {
    String volunteer = ItNetwork.newVolunteerId("st");
    HttpResponse<String> registered =
        network.api(
            "platform",
            "POST",
            "/v1/volunteers",
            Map.of("X-API-Key", network.apiKey("platform-ops")),
            "{\"volunteerId\":\"" + volunteer + "\"}");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return volunteer;
  }

  private static Command.Result schemathesis(
      String org,
      String name,
      List<String> runOptions,
      List<String> globalOptions,
      Map<String, String> environment) {
    String base = network.apiBase(org);
    Path reports = network.reportDir.resolve("schemathesis");
    List<String> command = new ArrayList<>();
    command.add(network.schemathesis().toString());
    command.addAll(globalOptions);
    command.addAll(List.of("run", base + "/openapi.json", "--url", base, "--checks", CHECKS));
    command.addAll(
        List.of(
            "--max-examples",
            System.getProperty("outside.schemathesis.maxExamples", "5"),
            // An SSE stream never ends, so every generated call would wait out the timeout; the
            // api's ApiEventsIT reads it as a client does.
            "--exclude-path",
            "/v1/events",
            // Otherwise Schemathesis replaces or drops our credentials in generated cases, and
            // almost every answer is a 401 that never reaches a route (ApiAuthIT covers those).
            "--generation-with-security-parameters",
            "false",
            // Under the instance's per-caller limit (50/s, burst 100): 429s test nothing here.
            "--rate-limit",
            "40/s",
            // A write answers within writeTimeout (15 s) on the API's side.
            "--request-timeout",
            "30",
            "--wait-for-schema",
            "30",
            // Each run stands alone: no examples replayed from an earlier run's database.
            "--generation-database",
            "none",
            "--no-color",
            "--report",
            "junit",
            "--report-junit-path",
            reports.resolve(name + "-junit.xml").toString()));
    String seed = System.getProperty("outside.schemathesis.seed", "");
    if (!seed.isBlank()) {
      command.addAll(List.of("--seed", seed));
    }
    command.addAll(runOptions);
    try {
      // Its working folder: anything Schemathesis or Hypothesis writes lands in the report folder.
      Files.createDirectories(reports);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Command(command, environment, reports)
        .run(reports.resolve(name + ".log"), 600, false);
  }

  /**
   * Exit status 0 and every selected operation tested: a run that loaded nothing or skipped
   * everything must not pass.
   */
  private static void assertKeptTheDocument(Command.Result run, int atLeastOperations) {
    String output = run.output();
    assertThat(run.exitCode())
        .as(
            "Schemathesis exit status; findings (full output in %s):%n%s",
            run.log(), findings(output))
        .isZero();
    Matcher selected = Pattern.compile("Selected: (\\d+)/\\d+").matcher(output);
    Matcher tested = Pattern.compile("Tested: (\\d+)").matcher(output);
    assertThat(selected.find() && tested.find()).as("a summary in %s", run.log()).isTrue();
    assertThat(Integer.parseInt(selected.group(1))).isGreaterThanOrEqualTo(atLeastOperations);
    assertThat(tested.group(1)).isEqualTo(selected.group(1));
  }

  private static String findings(String output) {
    int start = output.indexOf("FAILURES");
    String section = start < 0 ? output : output.substring(start);
    return section.length() > 6000 ? section.substring(0, 6000) + "\n..." : section;
  }
}
