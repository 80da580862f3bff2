/**
 * Business rules on immutable values. Rules decide and return new values; they never read or write
 * state, so they are tested without a ledger.
 */
package io.timecoin.chaincode.domain;
