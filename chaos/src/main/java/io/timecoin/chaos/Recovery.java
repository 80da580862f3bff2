package io.timecoin.chaos;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Recovery figures read from the attempts' times. */
final class Recovery {

  private Recovery() {}

  /** The first 2xx (by when it was answered) among attempts sent at or after {@code since}. */
  static Optional<Answer> firstSuccessSentAfter(Collection<Write> writes, long since) {
    Answer first = null;
    for (Write write : writes) {
      for (Answer answer : write.attemptsSoFar()) {
        if (answer.success()
            && answer.startedAtMillis() >= since
            && (first == null || answer.endedAtMillis() < first.endedAtMillis())) {
          first = answer;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * The longest stretch of time, from {@code from} to {@code to}, in which no write got a 2xx
   * answer (the outage as callers felt it).
   */
  static long longestGapMillis(Collection<Write> writes, long from, long to) {
    List<Long> ends = new ArrayList<>();
    for (Write write : writes) {
      for (Answer answer : write.attemptsSoFar()) {
        if (answer.success() && answer.endedAtMillis() >= from && answer.endedAtMillis() <= to) {
          ends.add(answer.endedAtMillis());
        }
      }
    }
    ends.sort(null);
    long previous = from;
    long longest = 0;
    for (long end : ends) {
      longest = Math.max(longest, end - previous);
      previous = end;
    }
    return Math.max(longest, to - previous);
  }
}
