package io.timecoin.api.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.model.ClaimFiling;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimFilingBodyTest {

  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static byte[] body(String details) {
    return ("{\"volunteerId\":\"vol-1\",\"voucherId\":\"v-1\",\"incidentDate\":\"2026-11-20\","
            + "\"amountClaimed\":\"10.00\",\"activityId\":\"act-1\",\"evidenceHash\":\""
            + HASH
            + "\""
            + (details == null ? "" : ",\"privateDetails\":" + details)
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static final ClaimSalts SALTS = ClaimSalts.ephemeral();

  private static String details(String description) {
    return "{\"description\":\""
        + description
        + "\",\"documentHashes\":[],\"payoutReference\":\"acct-1\"}";
  }

  private static String detailsWithSalt(String description, String salt) {
    return details(description).replace("}", ",\"salt\":\"" + salt + "\"}");
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode requestId() {
    var added = ApiJson.object();
    added.put("requestId", "platform-ops.k1");
    return added;
  }

  @Test
  void splits_the_public_request_from_the_private_details() {
    ClaimFiling filing = ClaimFilingBody.read(body(details("fell")), requestId(), SALTS);

    assertThat(filing.request().requestId()).isEqualTo("platform-ops.k1");
    assertThat(filing.details().description()).isEqualTo("fell");
    assertThat(LedgerJson.write(filing.request())).doesNotContain("fell").doesNotContain("acct-1");
    assertThat(filing.toString()).doesNotContain("fell").doesNotContain("acct-1");
  }

  @Test
  void the_replay_fingerprint_covers_the_private_details() {
    byte[] one =
        LedgerJson.writeBytes(ClaimFilingBody.read(body(details("fell")), requestId(), SALTS));
    byte[] same =
        LedgerJson.writeBytes(ClaimFilingBody.read(body(details("fell")), requestId(), SALTS));
    byte[] other =
        LedgerJson.writeBytes(ClaimFilingBody.read(body(details("slipped")), requestId(), SALTS));

    assertThat(one).isEqualTo(same).isNotEqualTo(other);
  }

  @Test
  void missing_or_bad_private_details_are_refused_with_a_code() {
    assertThatThrownBy(() -> ClaimFilingBody.read(body(null), requestId(), SALTS))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("privateDetails");
    assertThatThrownBy(() -> ClaimFilingBody.read(body("\"text\""), requestId(), SALTS))
        .isInstanceOf(ApiProblem.class);
    assertThatThrownBy(() -> ClaimFilingBody.read(body(details("")), requestId(), SALTS))
        .isInstanceOfAny(LedgerValidationException.class, ApiProblem.class);
    assertThatThrownBy(
            () ->
                ClaimFilingBody.read(
                    body(details("fell").replace("}", ",\"x\":1}")), requestId(), SALTS))
        .isInstanceOfAny(LedgerValidationException.class, ApiProblem.class);
  }

  @Test
  void the_salt_is_the_apis_and_a_caller_cannot_choose_it() {
    assertThatThrownBy(
            () ->
                ClaimFilingBody.read(
                    body(detailsWithSalt("fell", "0000000000000000")), requestId(), SALTS))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("salt")
        .hasMessageNotContaining("0000000000000000");

    ClaimFiling filing = ClaimFilingBody.read(body(details("fell")), requestId(), SALTS);
    ClaimFiling again = ClaimFilingBody.read(body(details("fell")), requestId(), SALTS);
    ClaimFiling otherInstance =
        ClaimFilingBody.read(body(details("fell")), requestId(), ClaimSalts.ephemeral());

    assertThat(filing.details().salt()).hasSize(43).matches("[A-Za-z0-9_-]+");
    // A resend of the same request gets the same salt, so the same private-details hash.
    assertThat(again.details().salt()).isEqualTo(filing.details().salt());
    assertThat(otherInstance.details().salt()).isNotEqualTo(filing.details().salt());
  }
}
