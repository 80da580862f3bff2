/**
 * HTTP plumbing shared by every resource: problem+json errors and the one mapping from ledger
 * failures to statuses, strict JSON bodies and query parameters, idempotency keys and the shape of
 * write responses.
 */
package io.timecoin.api.http;
