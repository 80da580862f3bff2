/**
 * Server-Sent Events: the api-internal {@link io.timecoin.api.events.EventFeed} port and the
 * /v1/events route over it. The adapter from ledger-client's typed event subscription to this port
 * is not written yet (that subscription is being built in parallel); until it is, /v1/events
 * answers 503 EVENTS_UNAVAILABLE instead of pretending.
 */
package io.timecoin.api.events;
