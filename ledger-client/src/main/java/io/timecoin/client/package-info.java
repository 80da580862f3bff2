/**
 * Typed client for the timecoin chaincode, built on the Fabric Gateway SDK.
 *
 * <h2>Package map</h2>
 *
 * <ul>
 *   <li>{@link io.timecoin.client.TimeCoinLedger} - the whole public surface: {@code submit},
 *       {@code submitAsync} and {@code evaluate} over the transactions declared in {@link
 *       io.timecoin.model.Transactions}, a typed shortcut per transaction taking and returning
 *       {@code io.timecoin.model} records, {@link
 *       io.timecoin.client.TimeCoinLedger#resolve(String)} for unknown outcomes and typed events.
 *       Obtain one with {@link io.timecoin.client.TimeCoinLedger#connect(LedgerConnectionConfig)}.
 *   <li>{@link io.timecoin.client.LedgerConnectionConfig} and {@link
 *       io.timecoin.client.GatewayEndpoint} - one or more gateway endpoints with their TLS roots,
 *       identity, channel, chaincode and per-stage deadlines; built in code or read from the {@code
 *       .properties} file that the network scripts write for each organisation, with {@code
 *       TIMECOIN_LEDGER_*} environment overrides.
 *   <li>{@link io.timecoin.client.Committed} - a write's result with its transaction id, block and
 *       requestId; {@link io.timecoin.client.PendingWrite} - the receipt of an async write; {@link
 *       io.timecoin.client.RequestIds} - requestIds for callers without their own.
 *   <li>{@link io.timecoin.client.LedgerException} and its subclasses - every failure, unchecked:
 *       {@link io.timecoin.client.LedgerRejectedException} (the chaincode refused, with its {@link
 *       io.timecoin.model.ErrorCode}), {@link io.timecoin.client.LedgerCommitException} (ordered
 *       but invalidated, with its validation code), {@link
 *       io.timecoin.client.LedgerUnavailableException} (unreachable, nothing sent) and its subclass
 *       {@link io.timecoin.client.LedgerOutcomeUnknownException} (maybe written; carries the
 *       requestId to settle it).
 *   <li>{@link io.timecoin.client.LedgerEvent}, {@link io.timecoin.client.EventSubscription},
 *       {@link io.timecoin.client.EventCheckpoint} and {@link io.timecoin.client.EventCheckpoints}
 *       - typed chaincode events resumed from a checkpoint, delivered at least once.
 *   <li>{@link io.timecoin.client.RetryListener} - told of each retry, e.g. to count them.
 *   <li>{@link io.timecoin.client.LedgerTransport} - the wire under a ledger that is not a Fabric
 *       network; implemented only by the in-process ledger of {@code ledger-client-testkit}.
 *   <li>{@link io.timecoin.client.RawGateway} - a Fabric Gateway contract wired like the client's,
 *       for the benchmark's raw baselines.
 * </ul>
 *
 * <p>Package-private implementation: {@code GatewayConnection} wires identity, signer, TLS and
 * deadlines into one {@code EndpointSession} per endpoint; {@code Endpoints} fails over between
 * them; {@code GatewayLedger} maps typed calls onto transactions; {@code WriteRunner} runs one
 * write and {@code OutcomeResolution} settles a commit status that did not arrive; {@code
 * RetryPolicy} and {@code ResolutionPolicy} bound both; {@code LedgerFailures} is the one place
 * where Fabric and gRPC errors become ledger exceptions; {@code EventPayloads} maps event names to
 * records; {@code ChaincodeEventSubscription} and {@code FileEventCheckpoint} deliver and remember
 * events; {@code TransportLedger} puts the typed layer over a {@code LedgerTransport}. No Fabric or
 * gRPC type appears in a public signature except {@code RawGateway}'s, so callers (the API module)
 * never depend on them.
 */
package io.timecoin.client;
