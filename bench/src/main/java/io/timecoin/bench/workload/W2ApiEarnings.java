package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RecordEarningRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * W2: W1 through the HTTP API ({@code POST /v1/earnings}), so that W2 / W1 is what the API costs.
 * Accounts are opened and credited only through the API ({@code POST /v1/volunteers}, then {@code
 * POST /v1/earnings}). Skipped with the reason when the API is absent.
 */
final class W2ApiEarnings implements Workload {

  @Override
  public String id() {
    return "W2";
  }

  @Override
  public String title() {
    return "earnings to distinct accounts, HTTP API";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    PlatformApi api = new PlatformApi(s.apiBaseUrl(), s.apiKey());
    Optional<String> unusable = api.unusable();
    if (unusable.isPresent()) {
      return WorkloadResult.skipped(id(), title(), unusable.get());
    }
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    List<String> accounts = register(api, s.runId(), s.maxConcurrency());
    List<Measurement> results = new ArrayList<>();
    for (int c : s.concurrencies()) {
      String tag = "w2c" + c;
      results.add(
          context
              .closedLoop()
              .run(
                  "W2",
                  c,
                  s.measureFor(),
                  Long.MAX_VALUE,
                  (worker, seq) -> {
                    RecordEarningRequest r =
                        Requests.earning(s.runId(), tag, accounts.get(worker), seq);
                    api.recordEarning(r.requestId(), body(r));
                  }));
    }
    return new WorkloadResult(
        id(), title(), "", results, Map.of(), List.of("API at " + s.apiBaseUrl()));
  }

  /** Opens {@code count} accounts through the API, side by side; returns their ids. */
  static List<String> register(PlatformApi api, String runId, int count)
      throws InterruptedException, ExecutionException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(Requests.volunteer(runId, "w2", i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 32));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String id : ids) {
        done.add(
            pool.submit(
                () -> {
                  api.registerVolunteer(Requests.register(runId, id).requestId(), id);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return ids;
  }

  /** The API's body: the fields of RecordEarningRequest without requestId (that is the header). */
  static String body(RecordEarningRequest r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("volunteerId", r.volunteerId());
    fields.put("activityId", r.activityId());
    fields.put("minutes", r.minutes());
    fields.put("coins", r.coins());
    if (r.verifier() != null) {
      fields.put("verifier", r.verifier());
    }
    fields.put("evidenceHash", r.evidenceHash());
    fields.put("category", r.category());
    return LedgerJson.write(fields);
  }
}
