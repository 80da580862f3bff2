package io.timecoin.api.it;

/** Unique ids per test run, so ITs can run again on the same ledger. */
final class ItData {

  static final String RUN = Long.toString(System.nanoTime(), 36);
  static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private ItData() {}

  static String id(String prefix) {
    return prefix + "-" + RUN + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  static String register(String volunteerId) {
    return "{\"volunteerId\":\"" + volunteerId + "\"}";
  }

  static String earning(String volunteerId, String activityId, String coins) {
    return "{\"volunteerId\":\""
        + volunteerId
        + "\",\"activityId\":\""
        + activityId
        + "\",\"minutes\":60,\"coins\":\""
        + coins
        + "\",\"verifier\":\"branch-7\",\"evidenceHash\":\""
        + EVIDENCE
        + "\",\"category\":\"environment\"}";
  }
}
