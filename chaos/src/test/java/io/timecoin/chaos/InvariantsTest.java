package io.timecoin.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvariantsTest {

  private static final String CALLER = "platform-ops";

  private final List<Write> writes = new ArrayList<>();
  private final Map<String, List<LedgerState.Entry>> entries = new LinkedHashMap<>();
  private final Map<String, LedgerState.Request> requests = new HashMap<>();

  @Test
  void aConsistentLedgerHasNoViolation() {
    earning("e1", "a", "1.00", answer(201, "tx1"));
    commit("e1", "tx1", "a", "EARN", "1.00");
    earning("e2", "b", "1.00", answer(201, "tx2"), replay(201, "tx2"));
    commit("e2", "tx2", "b", "EARN", "1.00");
    transfer("t1", "a", "b", answer(Answer.TIMEOUT, null), answer(201, "tx3"));
    commit("t1", "tx3", "a", "TRANSFER", "-0.01");
    commit("t1", "tx3", "b", "TRANSFER", "0.01");
    earning("e3", "a", "0.01", answer(503, null));
    commit("e3", "tx4", "a", "EARN", "0.01");
    earning("e4", "b", "0.01", answer(Answer.NO_ANSWER, null));
    requests.put("e4", new LedgerState.Request("NOT_FOUND", null));
    earning("e5", "b", "0.01", answer(422, null));

    assertThat(check()).isEmpty();
  }

  @Test
  void anAcknowledgedWriteMissingFromTheLedgerIsAViolation() {
    earning("e1", "a", "1.00", answer(201, "tx1"));
    entries.put("a", new ArrayList<>());
    requests.put("e1", new LedgerState.Request("NOT_FOUND", null));

    assertThat(check())
        .anyMatch(v -> v.contains("e1: acknowledged (2xx) but not on the ledger"))
        .anyMatch(v -> v.contains("its requestId is NOT_FOUND"));
  }

  @Test
  void aWriteOnTheLedgerTwiceIsAViolation() {
    earning("e1", "a", "1.00", answer(503, null), answer(201, "tx1"));
    commit("e1", "tx1", "a", "EARN", "1.00");
    commit("e1", "tx9", "a", "EARN", "1.00");

    assertThat(check()).anyMatch(v -> v.contains("e1: 2 entries on a (duplicated)"));
  }

  @Test
  void halfATransferIsAViolation() {
    earning("e1", "a", "1.00", answer(201, "tx1"));
    commit("e1", "tx1", "a", "EARN", "1.00");
    transfer("t1", "a", "b", answer(Answer.TIMEOUT, null));
    commit("t1", "tx2", "a", "TRANSFER", "-0.01");
    entries.putIfAbsent("b", new ArrayList<>());

    assertThat(check()).anyMatch(v -> v.contains("t1: 1 of 2 legs on the ledger"));
  }

  @Test
  void aRefusedWriteOnTheLedgerIsAViolation() {
    earning("e1", "a", "1.00", answer(409, null));
    commit("e1", "tx1", "a", "EARN", "1.00");

    assertThat(check()).anyMatch(v -> v.contains("e1: refused (4xx) but on the ledger"));
  }

  @Test
  void repliesNamingDifferentTransactionsAreAViolation() {
    earning("e1", "a", "1.00", answer(201, "tx1"), replay(201, "tx2"));
    commit("e1", "tx1", "a", "EARN", "1.00");

    assertThat(check()).anyMatch(v -> v.contains("name different transactions"));
  }

  @Test
  void aResendAnsweredByAReplayingCopyIsANoteNotAViolation() {
    earning("e1", "a", "1.00", answer(503, null), answer(201, "tx2"));
    commit("e1", "tx1", "a", "EARN", "1.00");

    Invariants.Findings findings = Invariants.check(writes, ledger(), CALLER);
    assertThat(findings.violations()).isEmpty();
    assertThat(findings.notes())
        .singleElement()
        .asString()
        .contains("e1: re-sent after an ambiguous answer");
  }

  @Test
  void aFirstAnswerNamingAnotherTransactionThanTheLedgerIsAViolation() {
    earning("e1", "a", "1.00", answer(201, "tx2"));
    commit("e1", "tx1", "a", "EARN", "1.00");

    assertThat(check()).anyMatch(v -> v.contains("e1: acknowledged as [tx2] but committed as tx1"));
  }

  @Test
  void anAmbiguousWriteWhoseStatusDisagreesWithTheLedgerIsAViolation() {
    earning("e1", "a", "1.00", answer(Answer.TIMEOUT, null));
    commit("e1", "tx1", "a", "EARN", "1.00");
    requests.put("e1", new LedgerState.Request("NOT_FOUND", null));

    assertThat(check())
        .anyMatch(v -> v.contains("e1: ambiguous, on the ledger but its requestId is NOT_FOUND"));
  }

  @Test
  void anEntryNoWriteSentIsAViolation() {
    commit("stranger", "tx1", "a", "EARN", "1.00");

    assertThat(check())
        .anyMatch(v -> v.contains("requestId platform-ops.stranger, which the load never sent"))
        .anyMatch(
            v ->
                v.contains(
                    "supply: 1.00 minted on the ledger, but the earnings on it add up to 0"));
  }

  @Test
  void aBalanceThatIsNotTheSumOfItsEntriesIsAViolation() {
    earning("e1", "a", "1.00", answer(201, "tx1"));
    commit("e1", "tx1", "a", "EARN", "1.00");
    LedgerState ledger = ledger();
    Map<String, LedgerState.Account> accounts = new HashMap<>(ledger.accounts());
    LedgerState.Account a = accounts.get("a");
    accounts.put("a", new LedgerState.Account(new BigDecimal("1.01"), a.entryCount(), a.entries()));

    assertThat(
            Invariants.check(writes, new LedgerState(accounts, ledger.requests()), CALLER)
                .violations())
        .anyMatch(v -> v.contains("a: balance 1.01, entries add up to 1.00"))
        .anyMatch(v -> v.contains("supply: balances add up to 1.01 but 1.00 were minted"));
  }

  @Test
  void aGapInTheEntrySequenceIsAViolation() {
    earning("e1", "a", "1.00", answer(201, "tx1"));
    entries
        .computeIfAbsent("a", k -> new ArrayList<>())
        .add(
            new LedgerState.Entry(
                2, "EARN", CALLER + ".e1", new BigDecimal("1.00"), new BigDecimal("1.00")));
    requests.put("e1", new LedgerState.Request("COMMITTED", "tx1"));

    assertThat(check()).anyMatch(v -> v.contains("a: entry 1 expected, found 2"));
  }

  private List<String> check() {
    return Invariants.check(writes, ledger(), CALLER).violations();
  }

  private LedgerState ledger() {
    Map<String, LedgerState.Account> accounts = new HashMap<>();
    entries.forEach(
        (account, list) -> {
          BigDecimal balance =
              list.isEmpty() ? BigDecimal.ZERO : list.get(list.size() - 1).balanceAfter();
          accounts.put(account, new LedgerState.Account(balance, list.size(), list));
        });
    return new LedgerState(accounts, requests);
  }

  private void earning(String key, String account, String coins, Answer... answers) {
    BigDecimal amount = new BigDecimal(coins);
    writes.add(
        new Write(key, "/v1/earnings", "{}", Map.of(account, amount), amount, List.of(answers)));
    requests.putIfAbsent(key, new LedgerState.Request("NOT_FOUND", null));
  }

  private void transfer(String key, String from, String to, Answer... answers) {
    Map<String, BigDecimal> legs = new LinkedHashMap<>();
    legs.put(from, new BigDecimal("-0.01"));
    legs.put(to, new BigDecimal("0.01"));
    writes.add(new Write(key, "/v1/transfers", "{}", legs, BigDecimal.ZERO, List.of(answers)));
    requests.putIfAbsent(key, new LedgerState.Request("NOT_FOUND", null));
  }

  /**
   * Appends an entry to the account, numbered and with the running balance, and marks the write
   * committed.
   */
  private void commit(String key, String txId, String account, String type, String amount) {
    List<LedgerState.Entry> list = entries.computeIfAbsent(account, k -> new ArrayList<>());
    BigDecimal before = list.isEmpty() ? BigDecimal.ZERO : list.get(list.size() - 1).balanceAfter();
    BigDecimal value = new BigDecimal(amount);
    list.add(
        new LedgerState.Entry(list.size() + 1, type, CALLER + "." + key, value, before.add(value)));
    requests.put(key, new LedgerState.Request("COMMITTED", txId));
  }

  private static Answer answer(int status, String txId) {
    String body = txId == null ? "{}" : "{\"transactionId\":\"" + txId + "\"}";
    return new Answer(status, body, null, false, 0, 10);
  }

  private static Answer replay(int status, String txId) {
    return new Answer(status, "{\"transactionId\":\"" + txId + "\"}", null, true, 0, 10);
  }
}
