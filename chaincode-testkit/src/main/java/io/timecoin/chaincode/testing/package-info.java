/**
 * Runs the real contract without a peer: an in-memory world state with Fabric's transaction
 * semantics ({@link io.timecoin.chaincode.testing.InMemoryStub}) and X.509 identities shaped like
 * cryptogen's ({@link io.timecoin.chaincode.testing.TestIdentities}). Used by the chaincode's own
 * unit tests and by {@code ledger-client-testkit}'s in-process ledger; never by a peer.
 */
package io.timecoin.chaincode.testing;
