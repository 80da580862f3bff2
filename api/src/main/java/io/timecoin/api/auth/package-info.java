/**
 * Who is calling: API keys (stored as SHA-256 hashes) with a role allowed by the instance's org,
 * volunteer bearer tokens (ES256 JWTs issued by the platform), which role may do which operation
 * ({@link io.timecoin.api.auth.Operation}, derived from the transaction catalogue; {@link
 * io.timecoin.api.auth.OwnedRead} for a volunteer's own data, never authorised without the owner),
 * and per-caller rate limits.
 */
package io.timecoin.api.auth;
