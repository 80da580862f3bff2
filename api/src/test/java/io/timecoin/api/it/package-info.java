/**
 * HTTP-level integration tests against the three API instances that {@code scripts/network up}
 * starts on the real native network, with every JSON response checked against the OpenAPI document.
 */
package io.timecoin.api.it;
