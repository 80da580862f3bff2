package io.timecoin.chaos;

/**
 * One HTTP exchange as the caller saw it.
 *
 * @param status the HTTP status, or {@link #TIMEOUT} (no answer within the client's timeout), or
 *     {@link #NO_ANSWER} (connection refused or closed without an answer)
 * @param body the answer's body ("" without one)
 * @param retryAfter the Retry-After header, or null
 * @param replayed whether the API said Idempotent-Replayed
 * @param startedAtMillis when it was sent (epoch milliseconds)
 * @param millis how long until the answer (or the failure)
 */
record Answer(
    int status,
    String body,
    String retryAfter,
    boolean replayed,
    long startedAtMillis,
    long millis) {

  static final int TIMEOUT = -1;
  static final int NO_ANSWER = -2;

  boolean success() {
    return status >= 200 && status < 300;
  }

  /** Neither committed nor refused: the write may or may not be on the ledger. */
  boolean ambiguous() {
    // A 409 for a key still in flight says nothing about the first attempt's outcome.
    return status == TIMEOUT
        || status == NO_ANSWER
        || status >= 500
        || (status == 409 && body.contains("IDEMPOTENCY_KEY_IN_FLIGHT"));
  }

  /** The row of the status table this answer counts in. */
  String statusClass() {
    if (status == TIMEOUT) {
      return "timeout";
    }
    if (status == NO_ANSWER) {
      return "no-answer";
    }
    return Integer.toString(status);
  }

  long endedAtMillis() {
    return startedAtMillis + millis;
  }
}
