/**
 * Typed client for the timecoin chaincode, built on the Fabric Gateway SDK.
 *
 * <h2>Package map</h2>
 *
 * <ul>
 *   <li>{@link io.timecoin.client.TimeCoinLedger} - the whole public surface: one method per
 *       chaincode transaction, taking and returning {@code io.timecoin.model} records. Obtain one
 *       with {@link io.timecoin.client.TimeCoinLedger#connect(LedgerConnectionConfig)}.
 *   <li>{@link io.timecoin.client.LedgerConnectionConfig} - peer endpoint, TLS, identity, channel,
 *       chaincode and per-call deadlines; built in code or read from the {@code .properties} file
 *       that the network scripts write for each organisation.
 *   <li>{@link io.timecoin.client.Committed} - a write's result with its transaction id and block.
 *   <li>{@link io.timecoin.client.LedgerException} and its subclasses - every failure, unchecked:
 *       {@link io.timecoin.client.LedgerRejectedException} (the chaincode refused, with its {@link
 *       io.timecoin.model.ErrorCode}), {@link io.timecoin.client.LedgerCommitException} (ordered
 *       but invalidated, e.g. {@code MVCC_READ_CONFLICT}), {@link
 *       io.timecoin.client.LedgerUnavailableException} (peer unreachable or too slow).
 * </ul>
 *
 * <p>Package-private implementation: {@code GatewayConnection} wires the gRPC channel, TLS,
 * identity, signer and deadlines; {@code GatewayLedger} runs proposals; {@code LedgerFailures} is
 * the one place where Fabric and gRPC errors become ledger exceptions. No Fabric or gRPC type
 * appears in a public signature, so callers (the API module) never depend on them.
 */
package io.timecoin.client;
