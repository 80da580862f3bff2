/** Small deterministic helpers with no Fabric or domain knowledge. */
package io.timecoin.chaincode.support;
