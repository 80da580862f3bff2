/**
 * Access control: {@link io.timecoin.chaincode.access.AccessPolicy} is the one place to look; which
 * organisation role may run which transaction is declared in {@link
 * io.timecoin.model.Transactions}.
 */
package io.timecoin.chaincode.access;
