/**
 * Who is calling: API keys (stored as SHA-256 hashes) with a role allowed by the instance's org,
 * volunteer bearer tokens (ES256 JWTs issued by the platform), the one table of which role may do
 * which operation, and per-caller rate limits.
 */
package io.timecoin.api.auth;
