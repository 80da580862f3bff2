/**
 * The Fabric contract: {@link io.timecoin.chaincode.contract.TimeCoinContract} (transaction
 * functions), {@link io.timecoin.chaincode.contract.TimeCoinContext} (per-transaction services),
 * {@link io.timecoin.chaincode.contract.PrivateDetailsInput} (a claim's private details from the
 * transient map) and the boundary that turns every failure into a coded chaincode error.
 */
package io.timecoin.chaincode.contract;
