package io.timecoin.client;

import java.util.Map;
import java.util.Objects;

/**
 * One write as the chaincode receives it: the transaction name, the request JSON (which carries the
 * requestId) and the transient data. Every attempt of the write, including a re-submission that
 * settles an unknown outcome, sends exactly this, so a private-data write resends its private
 * details too.
 *
 * @param name the transaction name
 * @param requestJson the request, as the contract's only argument
 * @param transientData what travels only to the endorsing peers, never into a block
 */
record WriteCall(String name, String requestJson, Map<String, byte[]> transientData) {

  WriteCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requestJson, "requestJson");
    transientData = Map.copyOf(transientData);
  }

  static WriteCall of(String name, String requestJson) {
    return new WriteCall(name, requestJson, Map.of());
  }
}
