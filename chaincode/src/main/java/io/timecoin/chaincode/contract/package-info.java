/**
 * The Fabric contract: {@link io.timecoin.chaincode.contract.TimeCoinContract} (transaction
 * functions), {@link io.timecoin.chaincode.contract.TimeCoinContext} (per-transaction services) and
 * the boundary that turns every failure into a coded chaincode error.
 */
package io.timecoin.chaincode.contract;
