/**
 * The auditor's own checks, recorded where the auditor's API reads them (V5__verification.sql): the
 * block verifier's progress and breaks, the last cross-peer check and each reconciliation.
 */
package io.timecoin.auditstore.verification;
