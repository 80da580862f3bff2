package io.timecoin.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ledger invariants of a fault scenario, checked over what the caller recorded and what the
 * ledger holds afterwards. Each violation is one line naming the write or account and the rule.
 *
 * <ul>
 *   <li>an acknowledged write (a 2xx) is on the ledger exactly once: one entry per leg, with the
 *       leg's amount, and its requestId COMMITTED with the transaction every 2xx named (a write
 *       re-sent after an ambiguous answer may be answered by a copy that only replayed the first
 *       attempt's result: that is a note, not a violation);
 *   <li>an ambiguous write (no 2xx, some timeout, no answer or 5xx) is on the ledger exactly once
 *       or not at all, never half (one leg of a transfer) and never twice, and its requestId's
 *       status agrees;
 *   <li>a refused write (only 4xx) is not on the ledger;
 *   <li>no entry carries a requestId the load never sent, and no requestId appears twice on an
 *       account;
 *   <li>each account's entries are numbered 1..n without gaps, its balance is the sum of its
 *       entries and the last entry's balanceAfter, and its entryCount is n;
 *   <li>supply: the sum of the accounts' balances equals the coins minted (EARN entries) minus the
 *       coins burned (none in this load), and the minted coins are exactly those of the earnings
 *       found on the ledger.
 * </ul>
 */
final class Invariants {

  private Invariants() {}

  /**
   * What the check found.
   *
   * @param violations broken invariants
   * @param notes findings that break no invariant but a caller should know of
   */
  record Findings(List<String> violations, List<String> notes) {}

  static Findings check(List<Write> writes, LedgerState ledger, String callerId) {
    List<String> violations = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Map<String, Map<String, List<LedgerState.Entry>>> byRequest = new HashMap<>();
    ledger
        .accounts()
        .forEach(
            (account, state) -> {
              for (LedgerState.Entry entry : state.entries()) {
                byRequest
                    .computeIfAbsent(entry.requestId(), r -> new HashMap<>())
                    .computeIfAbsent(account, a -> new ArrayList<>())
                    .add(entry);
              }
            });
    Set<String> sent = new HashSet<>();
    BigDecimal mintedByWrites = BigDecimal.ZERO;
    for (Write write : writes) {
      String requestId = callerId + "." + write.key();
      sent.add(requestId);
      Map<String, List<LedgerState.Entry>> found = byRequest.getOrDefault(requestId, Map.of());
      int legsFound = 0;
      for (Map.Entry<String, BigDecimal> leg : write.legs().entrySet()) {
        List<LedgerState.Entry> entries = found.getOrDefault(leg.getKey(), List.of());
        if (entries.size() > 1) {
          violations.add(
              write.key()
                  + ": "
                  + entries.size()
                  + " entries on "
                  + leg.getKey()
                  + " (duplicated)");
        }
        if (!entries.isEmpty()) {
          legsFound++;
          if (entries.get(0).amount().compareTo(leg.getValue()) != 0) {
            violations.add(
                write.key()
                    + ": entry on "
                    + leg.getKey()
                    + " of "
                    + entries.get(0).amount()
                    + ", sent "
                    + leg.getValue());
          }
        }
      }
      for (String account : found.keySet()) {
        if (!write.legs().containsKey(account)) {
          violations.add(write.key() + ": an entry on " + account + ", which it does not touch");
        }
      }
      boolean onLedger = legsFound == write.legs().size();
      if (legsFound != 0 && !onLedger) {
        violations.add(
            write.key() + ": " + legsFound + " of " + write.legs().size() + " legs on the ledger");
      }
      if (onLedger) {
        mintedByWrites = mintedByWrites.add(write.minted());
      }
      LedgerState.Request status = ledger.requests().get(write.key());
      switch (write.outcome()) {
        case ACKNOWLEDGED -> {
          if (!onLedger) {
            violations.add(write.key() + ": acknowledged (2xx) but not on the ledger");
          }
          Set<String> txIds = new HashSet<>();
          for (Answer answer : write.attemptsSoFar()) {
            if (answer.success()) {
              JsonNode tx = Json.parse(answer.body()).path("transactionId");
              txIds.add(tx.isTextual() ? tx.asText() : "(none)");
            }
          }
          if (txIds.size() != 1) {
            violations.add(write.key() + ": its 2xx answers name different transactions " + txIds);
          }
          if (status == null || !"COMMITTED".equals(status.status())) {
            violations.add(
                write.key()
                    + ": acknowledged but its requestId is "
                    + (status == null ? "not looked up" : status.status()));
          } else if (!txIds.contains(status.txId())) {
            if (resentAfterAmbiguous(write)) {
              // The re-send's own transaction found the first attempt committed and replayed its
              // result without writing: valid, but not the transaction that wrote the entries.
              notes.add(
                  write.key()
                      + ": re-sent after an ambiguous answer; its 201 names the replaying"
                      + " transaction "
                      + txIds
                      + ", the ledger's request log the one that wrote it, "
                      + status.txId());
            } else {
              violations.add(
                  write.key()
                      + ": acknowledged as "
                      + txIds
                      + " but committed as "
                      + status.txId());
            }
          }
        }
        case AMBIGUOUS -> {
          if (status == null) {
            violations.add(write.key() + ": ambiguous and its requestId not looked up");
          } else if (onLedger != "COMMITTED".equals(status.status())) {
            violations.add(
                write.key()
                    + ": ambiguous, "
                    + (onLedger ? "on" : "not on")
                    + " the ledger but its requestId is "
                    + status.status());
          }
        }
        case REFUSED -> {
          if (legsFound != 0) {
            violations.add(write.key() + ": refused (4xx) but on the ledger");
          }
        }
      }
    }
    for (String requestId : byRequest.keySet()) {
      if (!sent.contains(requestId)) {
        violations.add("an entry with requestId " + requestId + ", which the load never sent");
      }
    }
    BigDecimal balances = BigDecimal.ZERO;
    BigDecimal minted = BigDecimal.ZERO;
    for (Map.Entry<String, LedgerState.Account> e : ledger.accounts().entrySet()) {
      checkAccount(e.getKey(), e.getValue(), violations);
      balances = balances.add(e.getValue().balance());
      for (LedgerState.Entry entry : e.getValue().entries()) {
        if ("EARN".equals(entry.type())) {
          minted = minted.add(entry.amount());
        }
      }
    }
    if (balances.compareTo(minted) != 0) {
      violations.add(
          "supply: balances add up to "
              + balances
              + " but "
              + minted
              + " were minted (none burned)");
    }
    if (minted.compareTo(mintedByWrites) != 0) {
      violations.add(
          "supply: "
              + minted
              + " minted on the ledger, but the earnings on it add up to "
              + mintedByWrites);
    }
    return new Findings(violations, notes);
  }

  private static boolean resentAfterAmbiguous(Write write) {
    for (Answer answer : write.attemptsSoFar()) {
      if (answer.success()) {
        return false;
      }
      if (answer.ambiguous()) {
        return true;
      }
    }
    return false;
  }

  private static void checkAccount(
      String account, LedgerState.Account state, List<String> violations) {
    BigDecimal sum = BigDecimal.ZERO;
    long expected = 1;
    BigDecimal lastAfter = BigDecimal.ZERO;
    for (LedgerState.Entry entry : state.entries()) {
      if (entry.sequence() != expected) {
        violations.add(account + ": entry " + expected + " expected, found " + entry.sequence());
        expected = entry.sequence();
      }
      expected++;
      sum = sum.add(entry.amount());
      if (entry.balanceAfter().compareTo(sum) != 0) {
        violations.add(
            account
                + ": entry "
                + entry.sequence()
                + " says balance "
                + entry.balanceAfter()
                + ", its entries add up to "
                + sum);
      }
      lastAfter = entry.balanceAfter();
    }
    if (state.balance().compareTo(sum) != 0 || state.balance().compareTo(lastAfter) != 0) {
      violations.add(account + ": balance " + state.balance() + ", entries add up to " + sum);
    }
    if (state.entryCount() != state.entries().size()) {
      violations.add(
          account
              + ": entryCount "
              + state.entryCount()
              + ", "
              + state.entries().size()
              + " entries listed");
    }
  }
}
