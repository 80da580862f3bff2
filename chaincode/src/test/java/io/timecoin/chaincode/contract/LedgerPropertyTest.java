package io.timecoin.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.store.StoredAccount;
import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountView;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MovementView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Random sequences of every write, with hostile arguments mixed in (random text, signs, exponents,
 * overflowing amounts, unknown ids, wrong JSON types, wrong callers), keep the books balanced: for
 * every account the balance is the sum of its entries and never negative, and all balances together
 * are what was minted minus what was reversed of it. Nothing fails except with a known code.
 */
class LedgerPropertyTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");
  private static final Pattern CODE = Pattern.compile("^\\[([A-Z_]+)] ");
  private static final List<String> IDS = List.of("v0", "v1", "v2", "v3");
  private static final List<String> KINDS =
      List.of("register", "status", "earn", "pay", "transfer", "reverse", "policy", "garbage");

  /** One step: a kind of operation and raw material the step picks its arguments from. */
  record Op(
      int kind, int a, int b, Object coins, Object text, int minutesOrIndex, boolean hostile) {}

  @Property(tries = 150)
  void books_stay_balanced_and_refusals_are_coded(@ForAll("operations") List<Op> operations) {
    ContractHarness ledger = ContractHarness.standard();
    // A valid start, so that most steps can succeed; the steps may still change the policy.
    for (String id : IDS) {
      ledger.registerVolunteer(PLATFORM, ContractHarness.registration("reg-" + id, id));
    }
    ledger.setEarningPolicy(PLATFORM, ContractHarness.policy("policy-0", "60", "200", "+08:00"));
    List<String> entryIds = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      Op op = operations.get(i);
      ledger.advance(Duration.ofMinutes(op.minutesOrIndex() % 720));
      String requestId = op.hostile() && i > 0 ? "r-" + (i / 2) : "r-" + i;
      Optional<String> result = attempt(() -> run(ledger, op, requestId, entryIds));
      Statistics.label("outcome")
          .collect(KINDS.get(op.kind()), result.isPresent() ? "ok" : "refused");
      result.ifPresent(json -> collectEntryIds(op.kind(), json, entryIds));
    }
    assertBooksBalance(ledger);
  }

  private static String run(ContractHarness ledger, Op op, String requestId, List<String> ids) {
    Identity caller = op.hostile() && op.a() % 7 == 0 ? AUDITOR : PLATFORM;
    String x = volunteer(op, op.a());
    String y = volunteer(op, op.b());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("requestId", requestId);
    switch (op.kind()) {
      case 0 -> {
        json.put("volunteerId", x);
        return ledger.registerVolunteer(caller, write(json));
      }
      case 1 -> {
        json.put("volunteerId", x);
        json.put(
            "status",
            op.hostile()
                ? op.text()
                : List.of("ACTIVE", "FROZEN", "CLOSED").get(Math.floorMod(op.b(), 3)));
        json.put("reason", op.hostile() ? op.text() : "review");
        return ledger.setAccountStatus(caller, write(json));
      }
      case 2 -> {
        json.put("volunteerId", x);
        json.put("activityId", op.hostile() ? op.text() : "act-" + op.b());
        json.put(
            "minutes", op.hostile() ? op.minutesOrIndex() - 100 : 1 + op.minutesOrIndex() % 1440);
        json.put("coins", op.coins());
        json.put("verifier", "branch-7");
        json.put("evidenceHash", ContractHarness.EVIDENCE);
        json.put("category", op.hostile() ? op.text() : "cleanup");
        return ledger.recordEarning(caller, write(json));
      }
      case 3 -> {
        json.put("requesterId", x);
        json.put("helperId", y);
        json.put("coins", op.coins());
        json.put("helpRequestId", "help-" + op.b());
        json.put("memo", op.hostile() ? op.text() : null);
        return ledger.payForHelp(caller, write(json));
      }
      case 4 -> {
        json.put("fromId", x);
        json.put("toId", y);
        json.put("coins", op.coins());
        return ledger.transfer(caller, write(json));
      }
      case 5 -> {
        String entryId =
            ids.isEmpty() || op.hostile()
                ? String.valueOf(op.text())
                : ids.get(Math.floorMod(op.minutesOrIndex(), ids.size()));
        json.put("entryId", entryId);
        json.put("reason", "correction");
        return ledger.reverseEntry(caller, write(json));
      }
      case 6 -> {
        json.put("maxCoinsPerActivity", op.coins());
        json.put("dailyCapCoins", op.hostile() ? op.text() : "50");
        json.put("utcOffset", op.hostile() ? op.text() : "+08:00");
        return ledger.setEarningPolicy(caller, write(json));
      }
      default -> {
        // Not even a request: random text in place of the JSON.
        return ledger.recordEarning(caller, String.valueOf(op.text()));
      }
    }
  }

  private static String volunteer(Op op, int index) {
    return op.hostile() && index % 5 == 0
        ? String.valueOf(op.text())
        : IDS.get(Math.floorMod(index, IDS.size()));
  }

  private static String write(Map<String, Object> json) {
    return LedgerJson.write(json);
  }

  /**
   * Runs one step; a refusal must be a chaincode error with a known code, never an internal one.
   */
  private static Optional<String> attempt(Supplier<String> step) {
    try {
      return Optional.of(step.get());
    } catch (ChaincodeException e) {
      Matcher matcher = CODE.matcher(e.getMessage());
      assertThat(matcher.find()).as(e.getMessage()).isTrue();
      Optional<ErrorCode> code = LedgerErrors.codeOf(e.getMessage());
      assertThat(code).as(e.getMessage()).isPresent();
      assertThat(code.get().name()).isEqualTo(matcher.group(1));
      assertThat(code.get()).as(e.getMessage()).isNotEqualTo(ErrorCode.INTERNAL_ERROR);
      return Optional.empty();
    }
  }

  private static void collectEntryIds(int kind, String json, List<String> entryIds) {
    if (kind == 2) {
      entryIds.add(LedgerJson.read(json, EntryView.class).entryId());
    } else if (kind >= 3 && kind <= 5) {
      LedgerJson.read(json, MovementView.class).entries().forEach(e -> entryIds.add(e.entryId()));
    }
  }

  private static void assertBooksBalance(ContractHarness ledger) {
    Map<String, EntryView> byId = new HashMap<>();
    List<AccountView> accounts = new ArrayList<>();
    ledger
        .stub
        .getStateByPartialCompositeKey("account")
        .forEach(kv -> accounts.add(LedgerJson.read(kv.getValue(), StoredAccount.class).view()));
    long supply = 0;
    for (AccountView account : accounts) {
      List<EntryView> entries = new ArrayList<>();
      ledger
          .stub
          .getStateByPartialCompositeKey("entry", account.volunteerId())
          .forEach(kv -> entries.add(LedgerJson.read(kv.getValue(), EntryView.class)));
      long sum = 0;
      for (int i = 0; i < entries.size(); i++) {
        EntryView entry = entries.get(i);
        assertThat(entry.sequence()).isEqualTo(i + 1L);
        sum = Math.addExact(sum, entry.amount().units());
        assertThat(entry.balanceAfter().units()).isEqualTo(sum);
        byId.put(entry.entryId(), entry);
      }
      assertThat(account.balance().units()).isEqualTo(sum).isNotNegative();
      assertThat(account.entryCount()).isEqualTo(entries.size());
      supply = Math.addExact(supply, account.balance().units());
    }
    long minted = 0;
    for (EntryView entry : byId.values()) {
      if (entry.type() == EntryType.EARN) {
        minted = Math.addExact(minted, entry.amount().units());
      } else if (entry.type() == EntryType.REVERSAL
          && byId.get(entry.reversedEntryId()).type() == EntryType.EARN) {
        minted = Math.addExact(minted, entry.amount().units());
      }
    }
    assertThat(supply).isEqualTo(minted);
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Object> coins =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                12,
                Arbitraries.longs()
                    .between(0, 6_000)
                    .map(u -> (Object) (u / 100 + "." + two(u % 100)))),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.of(
                        "-1",
                        "1e3",
                        "",
                        " 1",
                        "1.234",
                        "92233720368547758.08",
                        "99999999999999999999999",
                        "0.00",
                        "NaN")
                    .map(c -> (Object) c)),
            net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(n -> (Object) n)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(8).map(c -> (Object) c)));
    Arbitrary<Object> text =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(24).map(s -> (Object) s),
            Arbitraries.of("v1", "ACTIVE", "CLOSED", "+14:00", "Asia/Shanghai", "tx1:0", "")
                .map(s -> (Object) s),
            Arbitraries.integers().map(n -> (Object) n),
            Arbitraries.just(null));
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(1)),
                    net.jqwik.api.Tuple.of(6, Arbitraries.just(2)),
                    net.jqwik.api.Tuple.of(4, Arbitraries.just(3)),
                    net.jqwik.api.Tuple.of(4, Arbitraries.just(4)),
                    net.jqwik.api.Tuple.of(3, Arbitraries.just(5)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.just(6)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(7))),
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 20),
                coins,
                text,
                Arbitraries.integers().between(0, 3_000),
                Arbitraries.integers().between(0, 5).map(n -> n == 0))
            .as(Op::new);
    return op.list().ofMaxSize(60);
  }

  private static String two(long cents) {
    return cents < 10 ? "0" + cents : Long.toString(cents);
  }
}
