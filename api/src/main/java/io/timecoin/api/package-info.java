/**
 * The service side of timecoin: what the platform backend, the insurer, auditors and volunteers
 * call. It reaches the ledger only through {@code io.timecoin.client}, never through Fabric classes
 * (an ArchUnit test holds that line).
 *
 * <ul>
 *   <li>{@code io.timecoin.api.server} - one HTTP instance per org: configuration, filters, health
 *   <li>{@code io.timecoin.api.resources} - the /v1 routes and the shared write path
 *   <li>{@code io.timecoin.api.auth} - API keys, volunteer tokens, the role table, rate limits
 *   <li>{@code io.timecoin.api.http} - problem+json, strict JSON and queries, idempotency keys
 *   <li>{@code io.timecoin.api.export} - CSV and NDJSON exports with their digest
 *   <li>{@code io.timecoin.api.events} - Server-Sent Events over the {@code EventFeed} port
 *   <li>{@code io.timecoin.api.cli} - the {@code timecoin} command-line tool, including {@code
 *       serve}
 * </ul>
 */
package io.timecoin.api;
