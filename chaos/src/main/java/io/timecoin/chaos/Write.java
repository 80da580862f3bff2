package io.timecoin.chaos;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One logical write of the load: its Idempotency-Key and body, the accounts it moves coins on, and
 * every attempt sent with that key (the first, re-sends after an ambiguous answer, replays after a
 * 201).
 *
 * @param key the Idempotency-Key; the ledger requestId is {@code <callerId>.<key>}
 * @param path the API path it is posted to
 * @param body the JSON body, the same on every attempt
 * @param legs what each account's entry must add when the write is on the ledger (account id to
 *     signed coins): one leg for an earning, two for a transfer
 * @param minted coins this write creates (an earning's coins, 0 for a transfer)
 * @param attempts what each attempt got, in the order sent
 */
record Write(
    String key,
    String path,
    String body,
    Map<String, BigDecimal> legs,
    BigDecimal minted,
    List<Answer> attempts) {

  Write {
    attempts = new ArrayList<>(attempts);
  }

  /** What the caller knows about the write once the load is over. */
  enum Outcome {
    /** At least one attempt got a 2xx: must be on the ledger exactly once. */
    ACKNOWLEDGED,
    /** Every attempt got a definite 4xx: must not be on the ledger. */
    REFUSED,
    /** No 2xx and at least one attempt without a definite answer: on the ledger once or never. */
    AMBIGUOUS
  }

  Outcome outcome() {
    if (attempts.stream().anyMatch(Answer::success)) {
      return Outcome.ACKNOWLEDGED;
    }
    if (attempts.stream().anyMatch(Answer::ambiguous)) {
      return Outcome.AMBIGUOUS;
    }
    return Outcome.REFUSED;
  }

  synchronized void add(Answer answer) {
    attempts.add(answer);
  }

  synchronized List<Answer> attemptsSoFar() {
    return List.copyOf(attempts);
  }
}
