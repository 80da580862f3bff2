/**
 * The one-key Put chaincode of the W0 baseline and its ccaas server; deployed only by
 * scripts/bench, under its own name and label, beside the timecoin chaincode.
 */
package io.timecoin.bench.putchaincode;
