package io.timecoin.bench.putchaincode;

import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Runs {@link PutChaincode} as a service (ccaas) the way the timecoin chaincode runs: the peers
 * dial {@code CHAINCODE_SERVER_ADDRESS}, and {@code CORE_CHAINCODE_ID_NAME} carries the package id
 * the peers installed. scripts/bench starts it as its own JVM and stops it by pid.
 */
public final class PutChaincodeServer {

  private PutChaincodeServer() {}

  /**
   * Starts the server and blocks until the JVM is stopped.
   *
   * @param args none; everything comes from the environment, as for any Fabric chaincode.
   */
  public static void main(String[] args) throws Exception {
    PutChaincode chaincode = new PutChaincode();
    chaincode.prepare();
    ChaincodeServer server =
        new NettyChaincodeServer(chaincode, chaincode.getChaincodeServerConfig());
    server.start();
  }
}
