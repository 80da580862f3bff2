/**
 * A whole timecoin ledger in the test's JVM ({@link io.timecoin.client.testing.InProcessNetwork}):
 * the real contract classes over an in-memory world state, reached through the client's own typed
 * layer via {@link io.timecoin.client.LedgerTransport}. Test scope only; a package of its own, so
 * that no package is split between this jar and the client's.
 */
package io.timecoin.client.testing;
