/**
 * The endorsing peer's own clock, and the window around it in which a write's transaction timestamp
 * must lie. This is the only place in the chaincode that reads a clock, and it does so for one
 * purpose: to refuse a proposal whose timestamp, chosen by the submitting client alone, is far from
 * this peer's time. The result of a write never depends on the clock, only whether it is endorsed
 * at all; see the module README ("Time one org cannot forge").
 */
package io.timecoin.chaincode.clock;
