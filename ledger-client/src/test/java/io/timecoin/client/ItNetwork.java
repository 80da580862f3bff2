package io.timecoin.client;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.RecordEarningRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Where the integration-test network's client configs are, and small request builders. */
final class ItNetwork {

  static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private ItNetwork() {}

  static Path clientFile(String org) {
    return Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients")
        .resolve(org + ".properties");
  }

  /** The org's config as written by {@code scripts/network up}, without environment overrides. */
  static LedgerConnectionConfig config(String org) {
    return LedgerConnectionConfig.fromProperties(clientFile(org), Map.of());
  }

  static String newVolunteerId() {
    return "it-" + UUID.randomUUID().toString().replace("-", "");
  }

  static RecordEarningRequest earning(
      String requestId, String volunteer, String activity, String coins) {
    return new RecordEarningRequest(
        requestId, volunteer, activity, 30, CoinAmount.parse(coins), "branch-7", EVIDENCE, "it");
  }
}
