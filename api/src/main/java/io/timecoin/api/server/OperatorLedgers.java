package io.timecoin.api.server;

import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.Caller;
import io.timecoin.client.TimeCoinLedger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One ledger connection per operator identity the instance signs writes as: the instance's own (the
 * org's default operator) and each identity an API key names ({@link ApiKeys}). A caller's writes
 * go through its key's identity, so the ledger records which operator made them; reads need no
 * operator role and use the instance's own connection.
 */
public final class OperatorLedgers implements AutoCloseable {

  private final TimeCoinLedger own;
  private final ApiKeys keys;
  private final Map<Path, TimeCoinLedger> byConfig;

  private OperatorLedgers(TimeCoinLedger own, ApiKeys keys, Map<Path, TimeCoinLedger> byConfig) {
    this.own = own;
    this.keys = keys;
    this.byConfig = byConfig;
  }

  /**
   * Connects every identity the keys name, at start-up, so that a missing or unusable config stops
   * the instance before it serves (and closes what it already opened).
   *
   * @param own the instance's own connection (not closed here).
   * @param keys the accepted API keys.
   * @param connect opens a connection from a ledger client config.
   */
  static OperatorLedgers connect(
      TimeCoinLedger own, ApiKeys keys, Function<Path, TimeCoinLedger> connect) {
    Map<Path, TimeCoinLedger> byConfig = new LinkedHashMap<>();
    try {
      for (Path config : keys.signers()) {
        byConfig.put(config, Objects.requireNonNull(connect.apply(config), "connection"));
      }
    } catch (RuntimeException e) {
      byConfig.values().forEach(TimeCoinLedger::close);
      throw new IllegalArgumentException(
          "cannot connect an operator identity named in the API keys file: " + e.getMessage(), e);
    }
    return new OperatorLedgers(own, keys, byConfig);
  }

  /** The connection {@code caller}'s writes are signed with. */
  public TimeCoinLedger forCaller(Caller caller) {
    return keys.signerOf(caller.id()).map(byConfig::get).orElse(own);
  }

  /** Number of operator identities besides the instance's own. */
  public int size() {
    return byConfig.size();
  }

  /** Closes the operators' connections (the instance's own is closed by its owner). */
  @Override
  public void close() {
    byConfig.values().forEach(TimeCoinLedger::close);
  }
}
