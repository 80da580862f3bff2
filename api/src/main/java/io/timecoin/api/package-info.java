/**
 * The service side of timecoin: what the platform backend, the insurer, auditors and volunteers
 * call. It reaches the ledger only through {@code io.timecoin.client}, never through Fabric classes
 * (an ArchUnit test holds that line).
 *
 * <ul>
 *   <li>{@code io.timecoin.api.cli} - the {@code timecoin} command-line tool
 * </ul>
 */
package io.timecoin.api;
