/** Access control: {@link io.timecoin.chaincode.access.AccessPolicy} is the one place to look. */
package io.timecoin.chaincode.access;
