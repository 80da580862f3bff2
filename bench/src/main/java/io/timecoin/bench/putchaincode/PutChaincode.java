package io.timecoin.bench.putchaincode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;

/**
 * The cheapest write there is, for the W0 baseline: {@code Put(key, value)} stores one key and
 * reads nothing, so it never conflicts and costs the network only endorsement, ordering and commit.
 * A raw {@link ChaincodeBase} rather than the contract API, so no routing, JSON or annotation
 * scanning adds to the figure. Deployed by scripts/bench beside the timecoin chaincode, never part
 * of it.
 */
public final class PutChaincode extends ChaincodeBase {

  /** Keys and values above this many bytes are refused: the baseline is a small write. */
  static final int MAX_BYTES = 256;

  @Override
  public Response init(ChaincodeStub stub) {
    return ResponseUtils.newSuccessResponse();
  }

  @Override
  public Response invoke(ChaincodeStub stub) {
    String function = stub.getFunction();
    List<String> args = stub.getParameters();
    if (!"Put".equals(function)) {
      return ResponseUtils.newErrorResponse(
          "[INVALID_ARGUMENT] unknown function; this chaincode has only Put");
    }
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

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
