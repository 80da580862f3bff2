/**
 * The auditor's console: a page at /console on the auditor's instance that shows the auditor's
 * verification, queries with exports, and charts, all read from the /v1/audit routes with the
 * auditor's API key. The page, its script and the chart library are served from this jar, so it
 * works without any network beyond the instance itself.
 */
package io.timecoin.api.console;
