package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.testing.InMemoryStub;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs contract functions the way a peer would: one transaction at a time, each with its own id,
 * timestamp and submitter, committed only if the function returns normally.
 */
final class ContractHarness {

  static final String ROLES = "PlatformMSP=PLATFORM,InsurerMSP=INSURER,AuditorMSP=AUDITOR";
  static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final Instant START = Instant.parse("2024-05-01T08:00:00Z");

  final InMemoryStub stub = new InMemoryStub("timecoin", "PlatformMSP");
  private final TimeCoinContract contract;
  private int transactions;

  ContractHarness(AccessPolicy policy) {
    this.contract = new TimeCoinContract(policy);
  }

  static ContractHarness withRoles(String roles) {
    return new ContractHarness(
        AccessPolicy.fromEnvironment(Map.of(AccessPolicy.ENVIRONMENT_VARIABLE, roles)));
  }

  static ContractHarness standard() {
    return withRoles(ROLES);
  }

  String registerVolunteer(Identity caller, String requestJson) {
    return submit(caller, TimeCoinContract::registerVolunteer, requestJson);
  }

  String recordEarning(Identity caller, String requestJson) {
    return submit(caller, TimeCoinContract::recordEarning, requestJson);
  }

  String getAccount(Identity caller, String volunteerId) {
    return submit(caller, TimeCoinContract::getAccount, volunteerId);
  }

  /** The id and timestamp the next transaction will get. */
  String nextTxId() {
    return "tx" + (transactions + 1);
  }

  Instant nextTimestamp() {
    return START.plusSeconds(transactions + 1L);
  }

  private String submit(
      Identity caller,
      TriFunction<TimeCoinContract, TimeCoinContext, String, String> function,
      String argument) {
    stub.begin(nextTxId(), nextTimestamp(), caller.creator());
    transactions++;
    TimeCoinContext ctx = contract.createContext(stub);
    String result = function.apply(contract, ctx, argument);
    stub.commit();
    return result;
  }

  @FunctionalInterface
  interface TriFunction<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  static String registration(String requestId, String volunteerId) {
    return LedgerJson.write(new RegisterVolunteerRequest(requestId, volunteerId));
  }

  static String earning(String requestId, String volunteerId, String activityId, String amount) {
    return LedgerJson.write(
        new RecordEarningRequest(
            requestId, volunteerId, activityId, CoinAmount.parse(amount), EVIDENCE, "branch-7"));
  }

  /** Keys under a partial composite key, in key order. */
  static List<String> keysOf(InMemoryStub stub, String objectType, String... attributes) {
    List<String> keys = new ArrayList<>();
    stub.getStateByPartialCompositeKey(objectType, attributes).forEach(kv -> keys.add(kv.getKey()));
    return keys;
  }
}
