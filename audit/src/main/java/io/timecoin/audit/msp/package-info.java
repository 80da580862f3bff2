/**
 * Channel MSPs as the config block defines them: certificate validation against root and
 * intermediate CAs and CRLs, NodeOU roles, and Fabric's ECDSA signature rules (SHA-256, low S).
 */
package io.timecoin.audit.msp;
