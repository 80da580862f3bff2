package io.timecoin.chaincode.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.Recorder;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountTest {

  private static final TxStamp TX =
      new TxStamp(
          "tx9",
          Instant.parse("2024-05-01T08:00:00Z"),
          new Recorder("PlatformMSP", "c".repeat(64)));

  private static RecordEarningRequest earning(String amount) {
    return new RecordEarningRequest(
        "req-1", "vol-1", "act-1", 60, CoinAmount.parse(amount), "branch-7", "e".repeat(64), "x");
  }

  private static Account withStatus(AccountStatus status, long balanceUnits) {
    CoinAmount balance = CoinAmount.ofUnits(balanceUnits);
    return Account.of(
        new AccountView(
            "vol-1",
            status,
            balance,
            balance,
            CoinAmount.ZERO,
            CoinAmount.ZERO,
            CoinAmount.ZERO,
            3,
            "2024-01-01T00:00:00Z"),
        EarnedDays.none());
  }

  @Test
  void a_new_account_is_active_and_empty() {
    AccountView view = Account.open("vol-1", "2024-01-01T00:00:00Z").view();

    assertThat(view.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(view.balance()).isEqualTo(CoinAmount.ZERO);
    assertThat(view.entryCount()).isZero();
  }

  @Test
  void earning_returns_a_new_account_and_leaves_the_old_one_unchanged() {
    Account before = withStatus(AccountStatus.ACTIVE, 100);

    Posting posting = before.earn(earning("2.5"), "branch-7", false, TX);

    assertThat(before.view().balance()).isEqualTo(CoinAmount.ofUnits(100));
    assertThat(posting.account().view().balance()).isEqualTo(CoinAmount.ofUnits(350));
    assertThat(posting.account().view().totalEarned()).isEqualTo(CoinAmount.ofUnits(350));
    assertThat(posting.account().view().entryCount()).isEqualTo(4);
    assertThat(posting.entry().sequence()).isEqualTo(4);
    assertThat(posting.entry().type()).isEqualTo(EntryType.EARN);
    assertThat(posting.entry().entryId()).isEqualTo("tx9:0");
    assertThat(posting.entry().balanceAfter()).isEqualTo(CoinAmount.ofUnits(350));
  }

  @ParameterizedTest
  @EnumSource(
      value = AccountStatus.class,
      names = {"FROZEN", "CLOSED"})
  void refuses_to_credit_an_account_that_is_not_active(AccountStatus status) {
    assertCode(
        () -> withStatus(status, 0).earn(earning("1"), "branch-7", false, TX),
        ErrorCode.ACCOUNT_NOT_ACTIVE);
  }

  @Test
  void refuses_a_zero_earning() {
    assertCode(
        () -> withStatus(AccountStatus.ACTIVE, 0).earn(earning("0"), "branch-7", false, TX),
        ErrorCode.INVALID_AMOUNT);
  }

  @Test
  void refuses_an_activity_credited_before() {
    assertCode(
        () -> withStatus(AccountStatus.ACTIVE, 0).earn(earning("1"), "branch-7", true, TX),
        ErrorCode.DUPLICATE_ACTIVITY);
  }

  @Test
  void refuses_a_credit_that_would_overflow() {
    assertCode(
        () ->
            withStatus(AccountStatus.ACTIVE, Long.MAX_VALUE)
                .earn(earning("0.01"), "branch-7", false, TX),
        ErrorCode.AMOUNT_OVERFLOW);
  }

  @Test
  void does_not_print_the_volunteer_id() {
    assertThat(withStatus(AccountStatus.ACTIVE, 0).toString()).doesNotContain("vol-1");
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerValidationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
