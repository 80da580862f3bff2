package io.timecoin.audit.peer;

import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;

/** What the cross-peer check asks of one peer. {@link PeerConnection} is the real one. */
public interface PeerView {

  /** The peer's organisation. */
  String mspId();

  /** The peer's address, for reports. */
  String address();

  /** The peer's chain height and current block hash. */
  BlockchainInfo chainInfo() throws GatewayException;

  /** One block as the peer holds it. */
  Block block(long number) throws GatewayException;
}
