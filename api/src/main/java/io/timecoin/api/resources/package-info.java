/**
 * The /v1 resources, one class per area (volunteers, movements, earning policy, requests, audit),
 * and the shared write path (Idempotency-Key, commit or 202, stored first results).
 */
package io.timecoin.api.resources;
