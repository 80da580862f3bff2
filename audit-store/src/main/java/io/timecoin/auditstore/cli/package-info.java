/** The {@code audit-store} command line: {@code project}, {@code reconcile}, {@code migrate}. */
package io.timecoin.auditstore.cli;
