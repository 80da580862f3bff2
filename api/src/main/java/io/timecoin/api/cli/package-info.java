/**
 * The {@code timecoin} command-line tool: one subcommand per ledger operation, JSON on standard
 * output, the ledger's error code on standard error and in the exit status.
 */
package io.timecoin.api.cli;
