/**
 * The auditor's identity talking to peers through their gateways: the block stream that feeds the
 * verifier ({@link io.timecoin.audit.peer.ChainReader}) and the cross-peer comparison through qscc
 * ({@link io.timecoin.audit.peer.CrossPeerCheck}).
 */
package io.timecoin.audit.peer;
