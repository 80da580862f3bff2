/**
 * The auditor database: connection settings written by {@code scripts/auditdb}, a small pool,
 * Flyway migrations, JDBI.
 */
package io.timecoin.auditstore.db;
