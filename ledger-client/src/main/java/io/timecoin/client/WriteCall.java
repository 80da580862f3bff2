package io.timecoin.client;

import io.timecoin.model.OrgRole;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One write as the chaincode receives it: the transaction name, the request JSON (which carries the
 * requestId) and the transient data, plus the organisations that must endorse it. Every attempt of
 * the write, including a re-submission that settles an unknown outcome, sends exactly this, so a
 * private-data write resends its private details too.
 *
 * @param name the transaction name
 * @param requestJson the request, as the contract's only argument
 * @param transientData what travels only to the endorsing peers, never into a block
 * @param endorsers the roles whose peers must endorse it; empty to let the gateway choose
 */
record WriteCall(
    String name, String requestJson, Map<String, byte[]> transientData, Set<OrgRole> endorsers) {

  WriteCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(requestJson, "requestJson");
    transientData = Map.copyOf(transientData);
    endorsers = Set.copyOf(endorsers);
  }

  WriteCall(String name, String requestJson, Map<String, byte[]> transientData) {
    this(name, requestJson, transientData, Set.of());
  }

  static WriteCall of(String name, String requestJson) {
    return new WriteCall(name, requestJson, Map.of());
  }
}
