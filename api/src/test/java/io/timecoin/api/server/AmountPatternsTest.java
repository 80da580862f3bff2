package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.SignedCoinAmount;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document's amount patterns against the amounts the domain can hold: whatever the API
 * accepts it may answer with, so every answer pattern must admit the largest amount too. Found by
 * Schemathesis (outside-tests): a daily cap of 17 integer digits was accepted by PUT
 * /v1/earning-policy, and the answer then broke the document's 16-digit CoinAmount pattern.
 */
class AmountPatternsTest {

  private static JsonNode schemas;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = Docs.class.getResourceAsStream(Docs.OPENAPI)) {
      schemas = new ObjectMapper().readTree(in).path("components").path("schemas");
    }
  }

  @Test
  void the_largest_coin_amount_is_accepted_and_documented_in_answers() {
    String largest = CoinAmount.ofUnits(Long.MAX_VALUE).toString();

    assertThat(largest).matches(pattern("AmountInput")).matches(pattern("CoinAmount"));
  }

  @Test
  void the_largest_signed_amounts_are_documented_in_answers() {
    CoinAmount largest = CoinAmount.ofUnits(Long.MAX_VALUE);

    assertThat(SignedCoinAmount.credit(largest).toString()).matches(pattern("SignedCoinAmount"));
    assertThat(SignedCoinAmount.debit(largest).toString()).matches(pattern("SignedCoinAmount"));
  }

  @Test
  void the_largest_money_amount_is_accepted_and_documented_in_answers() {
    String largest = MoneyAmount.ofUnits(Long.MAX_VALUE).toString();

    assertThat(largest).matches(pattern("AmountInput")).matches(pattern("MoneyAmount"));
  }

  private static String pattern(String schema) {
    String pattern = schemas.path(schema).path("pattern").asText();
    assertThat(pattern).as("the pattern of " + schema).isNotEmpty();
    return pattern;
  }
}
