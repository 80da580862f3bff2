package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.RecordEarningRequest;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadRequestsTest {

  @Test
  void api_earning_body_has_the_request_fields_without_the_request_id() {
    RecordEarningRequest r = Requests.earning("brun", "w2c4", "brun-w2-3", 17);

    String body = W2ApiEarnings.body(r);

    assertThat(body)
        .contains("\"volunteerId\":\"brun-w2-3\"")
        .contains("\"activityId\":\"brun:w2c4:17\"")
        .contains("\"minutes\":60")
        .contains("\"coins\":\"0.01\"")
        .contains("\"verifier\":\"bench-verifier\"")
        .contains("\"evidenceHash\":\"" + r.evidenceHash() + "\"")
        .contains("\"category\":\"bench\"")
        .doesNotContain("requestId");
  }

  @Test
  void requests_of_one_run_never_share_ids() {
    RecordEarningRequest a = Requests.earning("brun", "w1c1", "v", 1);
    RecordEarningRequest b = Requests.earning("brun", "w1c4", "v", 1);

    assertThat(a.requestId()).isNotEqualTo(b.requestId());
    assertThat(a.activityId()).isNotEqualTo(b.activityId());
    assertThat(a.evidenceHash()).hasSize(64).isNotEqualTo(b.evidenceHash());
  }

  @Test
  void mixed_workload_is_four_earn_two_pay_four_read_in_ten() {
    Map<W6Mixed.Kind, Integer> counts = new EnumMap<>(W6Mixed.Kind.class);
    for (long seq = 0; seq < 1_000; seq++) {
      counts.merge(W6Mixed.Kind.of(seq), 1, Integer::sum);
    }

    assertThat(counts)
        .containsEntry(W6Mixed.Kind.EARN, 400)
        .containsEntry(W6Mixed.Kind.PAY_FOR_HELP, 200)
        .containsEntry(W6Mixed.Kind.READ, 400);
  }
}
