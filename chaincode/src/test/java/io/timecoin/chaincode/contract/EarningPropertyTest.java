package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.ContractHarness.earning;
import static io.timecoin.chaincode.contract.ContractHarness.registration;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.LedgerJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class EarningPropertyTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;

  @Property(tries = 200)
  void balance_is_the_exact_sum_of_earnings_and_entries_run_from_one_to_n(
      @ForAll @Size(max = 30) List<@LongRange(min = 1, max = 1_000_000_000_000L) Long> units,
      @ForAll boolean replayEveryOther) {
    ContractHarness ledger = ContractHarness.standard();
    ledger.registerVolunteer(PLATFORM, registration("reg-1", "vol-1"));
    ledger.setEarningPolicy(
        PLATFORM,
        ContractHarness.policy(
            "policy-1", "10000000000", CoinAmount.ofUnits(Long.MAX_VALUE).toString(), "+00:00"));

    long sum = 0;
    for (int i = 0; i < units.size(); i++) {
      String request =
          earning("e-" + i, "vol-1", "act-" + i, CoinAmount.ofUnits(units.get(i)).toString());
      ledger.recordEarning(PLATFORM, request);
      if (replayEveryOther && i % 2 == 0) {
        ledger.recordEarning(PLATFORM, request);
      }
      sum += units.get(i);
    }

    AccountView account = LedgerJson.read(ledger.getAccount(PLATFORM, "vol-1"), AccountView.class);
    assertThat(account.balance().units()).isEqualTo(sum);
    assertThat(account.totalEarned()).isEqualTo(account.balance());
    assertThat(account.entryCount()).isEqualTo(units.size());

    List<EntryView> entries = new ArrayList<>();
    ledger
        .stub
        .getStateByPartialCompositeKey("entry", "vol-1")
        .forEach(kv -> entries.add(LedgerJson.read(kv.getValue(), EntryView.class)));
    assertThat(entries)
        .extracting(EntryView::sequence)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, units.size()).boxed().toList());
    assertThat(entries).extracting(e -> e.amount().units()).containsExactlyElementsOf(units);
    long running = 0;
    for (EntryView entry : entries) {
      running += entry.amount().units();
      assertThat(entry.balanceAfter().units()).isEqualTo(running);
    }
  }
}
