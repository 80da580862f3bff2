package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.SignatureCount;
import java.util.Locale;
import java.util.Map;

/**
 * What the signature count needs to know about the measured network, read from the facts
 * scripts/bench hands the load generator ({@code --network BatchTimeout=250ms}, {@code
 * MaxMessageCount=100}, {@code orderers=3}). Peers and endorsers are fixed by timecoin's topology:
 * three peers, one per org, endorsement MAJORITY (2 of 3).
 */
final class NetworkShape {

  static final int PEERS = 3;
  static final int ENDORSERS = 2;

  private NetworkShape() {}

  /**
   * The signatures of one transaction when {@code committedPerSecond} transactions commit per
   * second: a block holds what arrives within one BatchTimeout, at least 1 and at most
   * MaxMessageCount.
   */
  static SignatureCount signatures(Map<String, String> network, double committedPerSecond) {
    int orderers = intOr(network.get("orderers"), 1);
    int maxMessages = intOr(network.get("MaxMessageCount"), 100);
    double timeout = seconds(network.getOrDefault("BatchTimeout", "250ms"));
    double perBlock = Math.max(1, Math.min(maxMessages, committedPerSecond * timeout));
    return new SignatureCount(ENDORSERS, PEERS, Math.max(1, orderers), perBlock);
  }

  /**
   * A Fabric duration such as {@code 250ms}, {@code 2s} or {@code 1m} in seconds; 0.25 if
   * unreadable.
   */
  static double seconds(String duration) {
    String d = duration.trim().toLowerCase(Locale.ROOT);
    try {
      if (d.endsWith("ms")) {
        return Double.parseDouble(d.substring(0, d.length() - 2)) / 1000;
      }
      if (d.endsWith("s")) {
        return Double.parseDouble(d.substring(0, d.length() - 1));
      }
      if (d.endsWith("m")) {
        return Double.parseDouble(d.substring(0, d.length() - 1)) * 60;
      }
    } catch (NumberFormatException e) {
      return 0.25;
    }
    return 0.25;
  }

  private static int intOr(String text, int fallback) {
    try {
      return text == null ? fallback : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
