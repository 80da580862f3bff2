/**
 * The channel configuration's policy tree and Fabric's policy evaluation: signature policies
 * (n-out-of over MSP role principals) and implicit meta policies (ANY, ALL, MAJORITY of the orgs).
 */
package io.timecoin.audit.policy;
