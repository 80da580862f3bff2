package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.PLATFORM;
import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The daily cap, kept as the two latest daily totals in the account, admits exactly what a total
 * per day would: earnings a few minutes to a few hours apart, each dated anywhere the timestamp
 * window allows (five minutes either way), around several midnights.
 */
class DailyCapPropertyTest {

  private static final long CAP = 10;

  /** One earning: minutes after the previous one, seconds its timestamp is moved, coins. */
  record Step(int minutesLater, int forgedSeconds, int coins) {}

  @Property(tries = 300)
  void every_earning_is_capped_by_the_total_of_its_own_day(@ForAll("steps") List<Step> steps) {
    ContractHarness ledger = ContractHarness.standard();
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(
        PLATFORM, ContractHarness.policy("p-1", "10", Long.toString(CAP), "+00:00"));
    ledger.advance(Duration.ofHours(15).plusMinutes(30)); // 23:30Z: the first midnight is near

    Map<LocalDate, Long> earnedPerDay = new HashMap<>();
    long balance = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      ledger.advance(Duration.ofMinutes(step.minutesLater()));
      Duration forged = Duration.ofSeconds(step.forgedSeconds());
      Instant dated = ledger.nextTimestamp().plus(forged);
      LocalDate day = LocalDate.ofInstant(dated, ZoneOffset.UTC);
      long before = earnedPerDay.getOrDefault(day, 0L);
      String request = earning("e-" + i, "vol-1", "act-" + i, Integer.toString(step.coins()));

      ledger.forgeNextTimestamp(forged);
      if (before + step.coins() <= CAP) {
        ledger.recordEarning(PLATFORM, request);
        earnedPerDay.put(day, before + step.coins());
        balance += step.coins();
      } else {
        Refusals.refused(
            ledger, () -> ledger.recordEarning(PLATFORM, request), ErrorCode.DAILY_CAP_EXCEEDED);
      }
    }

    AccountView account = LedgerJson.read(ledger.getAccount(PLATFORM, "vol-1"), AccountView.class);
    assertThat(account.balance()).isEqualTo(CoinAmount.parse(Long.toString(balance)));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 150),
            Arbitraries.integers().between(-300, 300),
            Arbitraries.integers().between(1, 6))
        .as(Step::new)
        .list()
        .ofMaxSize(40);
  }
}
