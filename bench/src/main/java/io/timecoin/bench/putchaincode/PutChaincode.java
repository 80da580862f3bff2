package io.timecoin.bench.putchaincode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.hyperledger.fabric.metrics.Metrics;
import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;
import org.hyperledger.fabric.traces.Traces;

/**
 * The cheapest write there is, for the W0 baseline: {@code Put(key, value)} stores one key and
 * reads nothing, so it never conflicts and costs the network only endorsement, ordering and commit.
 * {@code PutShaped} (see {@link ShapedWrite}) reads and writes as many keys of given sizes as a
 * timecoin write does, for W0K: Fabric's own cost of an earning's key set. A raw {@link
 * ChaincodeBase} rather than the contract API, so no routing, JSON or annotation scanning adds to
 * the figures. Deployed by scripts/bench beside the timecoin chaincode, never part of it.
 */
public final class PutChaincode extends ChaincodeBase {

  /** Keys and values above this many bytes are refused: the baseline is a small write. */
  static final int MAX_BYTES = 256;

  /**
   * Reads the environment and sets up what the shim's server mode needs, in the order the shim's
   * own ContractRouter does it: logging, options, then the chaincode config that metrics, traces
   * and the peer connection read.
   */
  void prepare() {
    initializeLogging();
    processEnvironmentOptions();
    validateOptions();
    Properties config = getChaincodeConfig();
    Metrics.initialize(config);
    Traces.initialize(config);
  }

  @Override
  public Response init(ChaincodeStub stub) {
    return ResponseUtils.newSuccessResponse();
  }

  @Override
  public Response invoke(ChaincodeStub stub) {
    String function = stub.getFunction();
    List<String> args = stub.getParameters();
    return switch (function) {
      case "Put" -> put(stub, args);
      case "PutShaped" -> putShaped(stub, args);
      default ->
          ResponseUtils.newErrorResponse(
              "[INVALID_ARGUMENT] unknown function; this chaincode has only Put and PutShaped");
    };
  }

  private static Response put(ChaincodeStub stub, List<String> args) {
    if (args.size() != 2 || args.get(0).isEmpty()) {
      return ResponseUtils.newErrorResponse(
          "[INVALID_ARGUMENT] Put takes a non-empty key and a value");
    }
    if (bytes(args.get(0)) > MAX_BYTES || bytes(args.get(1)) > MAX_BYTES) {
      return ResponseUtils.newErrorResponse(
          "[INVALID_ARGUMENT] key and value are limited to 256 bytes each");
    }
    stub.putStringState(args.get(0), args.get(1));
    return ResponseUtils.newSuccessResponse();
  }

  /**
   * Reads and writes the keys {@link ShapedWrite} names, all reads before any write as a contract
   * does (load, then store). The values read are only fetched: using them is timecoin's work, not
   * Fabric's.
   */
  private static Response putShaped(ChaincodeStub stub, List<String> args) {
    ShapedWrite.Parsed parsed = ShapedWrite.parse(args);
    if (parsed.write().isEmpty()) {
      return ResponseUtils.newErrorResponse(parsed.refusal());
    }
    ShapedWrite w = parsed.write().get();
    for (int i = 0; i < w.reads(); i++) {
      stub.getState(w.readKey(i));
    }
    for (int i = 0; i < w.valueBytes().size(); i++) {
      String key = w.writeKey(i);
      stub.putState(key, ShapedWrite.value(key, w.valueBytes().get(i)));
    }
    return ResponseUtils.newSuccessResponse();
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
