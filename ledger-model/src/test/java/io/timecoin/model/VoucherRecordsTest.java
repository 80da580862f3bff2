package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoucherRecordsTest {

  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void money_is_exact_minor_units_written_with_two_digits() {
    assertThat(MoneyAmount.parse("250000").toString()).isEqualTo("250000.00");
    assertThat(MoneyAmount.parse("0.5").units()).isEqualTo(50);
    assertThat(LedgerJson.write(MoneyAmount.parse("12.34"))).isEqualTo("\"12.34\"");
    assertThat(MoneyAmount.parse("10").minus(MoneyAmount.parse("2.50")))
        .isEqualTo(MoneyAmount.ofUnits(750));
    assertCode(() -> MoneyAmount.parse("1e3"), ErrorCode.INVALID_AMOUNT);
    assertCode(() -> MoneyAmount.parse("-1"), ErrorCode.INVALID_AMOUNT);
    assertCode(
        () -> MoneyAmount.parse("1").minus(MoneyAmount.parse("1.01")), ErrorCode.COVER_EXCEEDED);
    assertCode(() -> LedgerJson.read("12.50", MoneyAmount.class), ErrorCode.MALFORMED_REQUEST);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cny", "CN", "CNYY", "C1Y", ""})
  void currencies_are_three_upper_case_letters(String currency) {
    assertCode(
        () ->
            new DefineVoucherProductRequest(
                "r", "P", CoinAmount.parse("1"), 1, MoneyAmount.parse("1"), currency),
        ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void a_product_needs_a_price_a_cover_and_a_limit() {
    assertCode(
        () ->
            new DefineVoucherProductRequest(
                "r", "P", CoinAmount.ZERO, 1, MoneyAmount.parse("1"), "CNY"),
        ErrorCode.INVALID_AMOUNT);
    assertCode(
        () ->
            new DefineVoucherProductRequest(
                "r", "P", CoinAmount.parse("1"), 0, MoneyAmount.parse("1"), "CNY"),
        ErrorCode.INVALID_ARGUMENT);
    assertCode(
        () ->
            new DefineVoucherProductRequest(
                "r", "P", CoinAmount.parse("1"), 3661, MoneyAmount.parse("1"), "CNY"),
        ErrorCode.INVALID_ARGUMENT);
    assertCode(
        () ->
            new DefineVoucherProductRequest(
                "r", "P", CoinAmount.parse("1"), 1, MoneyAmount.ZERO, "CNY"),
        ErrorCode.INVALID_AMOUNT);
    assertCode(
        () ->
            new DefineVoucherProductRequest(
                "r", "P", CoinAmount.parse("1"), null, MoneyAmount.ZERO, "CNY"),
        ErrorCode.MALFORMED_REQUEST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-30",
        "2024-2-01",
        "01.05.2024",
        "2024-05-01T00:00:00",
        "2024-05-01T25:00:00Z",
        "2024-05-01 10:00:00+08:00"
      })
  void incidents_are_a_date_or_a_date_time_with_its_offset(String date) {
    assertCode(
        () -> new FileClaimRequest("r", "v", "voucher", date, MoneyAmount.parse("1"), "a", HASH),
        ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void an_incident_with_an_offset_is_that_instant_and_a_date_alone_the_whole_day_at_plus_eight() {
    assertThat(InsuranceFields.requireIncident("2024-05-01T18:30:00+08:00", "f"))
        .isEqualTo(
            new InsuranceFields.IncidentTime(
                java.time.Instant.parse("2024-05-01T10:30:00Z"),
                java.time.Instant.parse("2024-05-01T10:30:00.000000001Z")));
    assertThat(InsuranceFields.requireIncident("2024-05-01", "f"))
        .isEqualTo(
            new InsuranceFields.IncidentTime(
                java.time.Instant.parse("2024-04-30T16:00:00Z"),
                java.time.Instant.parse("2024-05-01T16:00:00Z")));
    new FileClaimRequest(
        "r", "v", "voucher", "2024-05-01T00:00:00Z", MoneyAmount.parse("1"), "a", HASH);
  }

  @Test
  void a_decision_carries_an_amount_exactly_when_it_approves() {
    assertCode(
        () -> new DecideClaimRequest("r", "c", ClaimDecision.APPROVED, null, "ok"),
        ErrorCode.MALFORMED_REQUEST);
    assertCode(
        () -> new DecideClaimRequest("r", "c", ClaimDecision.APPROVED, MoneyAmount.ZERO, "ok"),
        ErrorCode.INVALID_AMOUNT);
    assertCode(
        () ->
            new DecideClaimRequest("r", "c", ClaimDecision.REJECTED, MoneyAmount.parse("1"), "no"),
        ErrorCode.INVALID_ARGUMENT);
    assertThat(
            new DecideClaimRequest("r", "c", ClaimDecision.REJECTED, null, "no").approvedAmount())
        .isNull();
  }

  @Test
  void private_details_are_checked_without_echoing_them() {
    String secret = "secret-payout-account-123";
    assertThatThrownBy(
            () -> new ClaimPrivateDetails("fell", List.of(), secret + "\u0000", "0123456789abcdef"))
        .isInstanceOf(LedgerValidationException.class)
        .hasMessageNotContaining(secret);
    assertCode(
        () -> new ClaimPrivateDetails("", List.of(), "p", "0123456789abcdef"),
        ErrorCode.INVALID_ARGUMENT);
    assertCode(
        () -> new ClaimPrivateDetails("d", List.of(), "p", "short"), ErrorCode.INVALID_ARGUMENT);
    assertCode(
        () -> new ClaimPrivateDetails("d", List.of("not-a-hash"), "p", "0123456789abcdef"),
        ErrorCode.INVALID_ARGUMENT);
    assertCode(
        () -> new ClaimPrivateDetails("d", Collections.nCopies(21, HASH), "p", "0123456789abcdef"),
        ErrorCode.INVALID_ARGUMENT);
    ClaimPrivateDetails ok =
        new ClaimPrivateDetails("line one\nline two", List.of(HASH), "p", "0123456789abcdef");
    assertThat(LedgerJson.read(LedgerJson.write(ok), ClaimPrivateDetails.class)).isEqualTo(ok);
  }

  @Test
  void claim_pages_hold_one_to_two_hundred() {
    assertCode(() -> new ListClaimsRequest(ClaimStatus.FILED, 0, null), ErrorCode.INVALID_PAGE);
    assertCode(() -> new ListClaimsRequest(ClaimStatus.FILED, 201, null), ErrorCode.INVALID_PAGE);
    assertCode(() -> new ListClaimsRequest(null, 10, null), ErrorCode.MALFORMED_REQUEST);
    assertThat(ClaimStatus.FILED.isOpen()).isTrue();
    assertThat(ClaimStatus.APPROVED.isOpen()).isTrue();
    assertThat(ClaimStatus.REJECTED.isOpen()).isFalse();
    assertThat(ClaimStatus.PAID.isOpen()).isFalse();
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerValidationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void private_details_never_show_their_values_in_text() {
    ClaimPrivateDetails details =
        new ClaimPrivateDetails("fell off a ladder", List.of(HASH), "IBAN-77", "0123456789abcdef");

    assertThat(details.toString())
        .doesNotContain("ladder", "IBAN-77", "0123456789abcdef", HASH)
        .contains("17 chars");
  }
}
