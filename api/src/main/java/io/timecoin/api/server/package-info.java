/**
 * The HTTP service: its configuration, the Javalin application with the route table, cross-cutting
 * filters (authentication, rate limits, body limits, access log, metrics) and the health routes.
 */
package io.timecoin.api.server;
