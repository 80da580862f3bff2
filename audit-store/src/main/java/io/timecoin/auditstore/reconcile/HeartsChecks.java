package io.timecoin.auditstore.reconcile;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The hearts part of reconciliation, on the projection's snapshot: every hearts account conserves
 * its hearts (earned = held + donated - returned) and agrees with its entries and with the donation
 * rows it gave; every closed project's recorded totals are the sum of its rows. Each difference
 * names the account or the project where the two part.
 */
final class HeartsChecks {

  private HeartsChecks() {}

  /** Adds every hearts difference to {@code differences}; returns the number of projects. */
  static int check(Handle handle, List<Difference> differences) {
    conservation(handle, differences);
    accountsAgainstEntries(handle, differences);
    firstBrokenBalance(handle, differences);
    donatedAgainstRows(handle, differences);
    return projectsAgainstRows(handle, differences);
  }

  private static void conservation(Handle handle, List<Difference> differences) {
    handle
        .createQuery(
            """
            SELECT volunteer_id, balance, total_earned, total_donated, total_returned
            FROM hearts_accounts
            WHERE total_earned <> balance + total_donated - total_returned
            ORDER BY volunteer_id
            """)
        .map(
            (rs, ctx) ->
                new Difference(
                    "HEARTS_CONSERVATION",
                    rs.getString("volunteer_id"),
                    null,
                    "earned "
                        + rs.getLong("total_earned")
                        + " != held "
                        + rs.getLong("balance")
                        + " + donated "
                        + rs.getLong("total_donated")
                        + " - returned "
                        + rs.getLong("total_returned")))
        .forEach(differences::add);
  }

  /** Totals and entry count against what the account's entries add up to (amounts are signed). */
  private static void accountsAgainstEntries(Handle handle, List<Difference> differences) {
    handle
        .createQuery(
            """
            WITH sums AS (
              SELECT volunteer_id, count(*) AS n, sum(amount) AS balance,
                coalesce(sum(amount) FILTER (WHERE type = 'EARN'), 0) AS earned,
                coalesce(-sum(amount) FILTER (WHERE type = 'DONATION'), 0) AS donated,
                coalesce(sum(amount) FILTER (WHERE type = 'RETURN'), 0) AS returned
              FROM hearts_entries GROUP BY volunteer_id)
            SELECT coalesce(a.volunteer_id, s.volunteer_id) AS volunteer_id,
              a.balance, a.total_earned, a.total_donated, a.total_returned, a.entry_count,
              coalesce(s.balance, 0) AS s_balance, coalesce(s.earned, 0) AS s_earned,
              coalesce(s.donated, 0) AS s_donated, coalesce(s.returned, 0) AS s_returned,
              coalesce(s.n, 0) AS s_n
            FROM hearts_accounts a FULL JOIN sums s ON s.volunteer_id = a.volunteer_id
            WHERE a.volunteer_id IS NULL OR s.volunteer_id IS NULL
              OR (a.balance, a.total_earned, a.total_donated, a.total_returned, a.entry_count)
                 <> (s.balance, s.earned, s.donated, s.returned, s.n)
            ORDER BY 1
            """)
        .map(
            (rs, ctx) ->
                new Difference(
                    "HEARTS_ACCOUNT_VS_ENTRIES",
                    rs.getString("volunteer_id"),
                    null,
                    "entries add up to held "
                        + rs.getLong("s_balance")
                        + ", earned "
                        + rs.getLong("s_earned")
                        + ", donated "
                        + rs.getLong("s_donated")
                        + ", returned "
                        + rs.getLong("s_returned")
                        + ", "
                        + rs.getLong("s_n")
                        + " entries; account "
                        + (rs.getObject("balance") == null
                            ? "missing"
                            : "says held "
                                + rs.getLong("balance")
                                + ", earned "
                                + rs.getLong("total_earned")
                                + ", donated "
                                + rs.getLong("total_donated")
                                + ", returned "
                                + rs.getLong("total_returned")
                                + ", "
                                + rs.getLong("entry_count")
                                + " entries")))
        .forEach(differences::add);
  }

  /** The first entry of each account whose balanceAfter is not the running sum of amounts. */
  private static void firstBrokenBalance(Handle handle, List<Difference> differences) {
    handle
        .createQuery(
            """
            SELECT DISTINCT ON (volunteer_id) volunteer_id, entry_id, balance_after, running
            FROM (SELECT volunteer_id, entry_id, sequence, balance_after,
                    sum(amount) OVER (PARTITION BY volunteer_id ORDER BY sequence) AS running
                  FROM hearts_entries) e
            WHERE balance_after <> running
            ORDER BY volunteer_id, sequence
            """)
        .map(
            (rs, ctx) ->
                new Difference(
                    "HEARTS_BALANCE_AFTER",
                    rs.getString("volunteer_id"),
                    rs.getString("entry_id"),
                    "running sum "
                        + rs.getLong("running")
                        + " != balanceAfter "
                        + rs.getLong("balance_after")))
        .forEach(differences::add);
  }

  /** Hearts an account says it donated against the donation rows it wrote. */
  private static void donatedAgainstRows(Handle handle, List<Difference> differences) {
    handle
        .createQuery(
            """
            WITH given AS (
              SELECT volunteer_id, sum(hearts) AS hearts FROM donations GROUP BY volunteer_id)
            SELECT coalesce(a.volunteer_id, g.volunteer_id) AS volunteer_id,
              coalesce(a.total_donated, 0) AS donated, coalesce(g.hearts, 0) AS row_hearts
            FROM hearts_accounts a FULL JOIN given g ON g.volunteer_id = a.volunteer_id
            WHERE coalesce(a.total_donated, 0) <> coalesce(g.hearts, 0)
            ORDER BY 1
            """)
        .map(
            (rs, ctx) ->
                new Difference(
                    "HEARTS_DONATED_VS_ROWS",
                    rs.getString("volunteer_id"),
                    null,
                    "donation rows hold "
                        + rs.getLong("row_hearts")
                        + " hearts, account says donated "
                        + rs.getLong("donated")))
        .forEach(differences::add);
  }

  /** Closed projects: raised hearts, donations and donors recorded at closing = the rows. */
  private static int projectsAgainstRows(Handle handle, List<Difference> differences) {
    handle
        .createQuery(
            """
            WITH sums AS (
              SELECT project_id, sum(hearts) AS hearts, count(*) AS n,
                count(DISTINCT volunteer_id) AS donors
              FROM donations GROUP BY project_id)
            SELECT coalesce(p.project_id, s.project_id) AS project_id, p.status,
              p.raised_hearts, p.donations, p.donors,
              coalesce(s.hearts, 0) AS s_hearts, coalesce(s.n, 0) AS s_n,
              coalesce(s.donors, 0) AS s_donors
            FROM projects p FULL JOIN sums s ON s.project_id = p.project_id
            WHERE p.project_id IS NULL
              OR (p.raised_hearts IS NOT NULL
                  AND (p.raised_hearts, p.donations, p.donors)
                      <> (coalesce(s.hearts, 0), coalesce(s.n, 0), coalesce(s.donors, 0)))
            ORDER BY 1
            """)
        .map(
            (rs, ctx) ->
                new Difference(
                    "PROJECT_VS_ROWS",
                    rs.getString("project_id"),
                    null,
                    "rows hold "
                        + rs.getLong("s_hearts")
                        + " hearts in "
                        + rs.getLong("s_n")
                        + " donations from "
                        + rs.getLong("s_donors")
                        + " donors; project "
                        + (rs.getString("status") == null
                            ? "missing"
                            : rs.getString("status")
                                + " records "
                                + rs.getLong("raised_hearts")
                                + " hearts, "
                                + rs.getLong("donations")
                                + " donations, "
                                + rs.getLong("donors")
                                + " donors")))
        .forEach(differences::add);
    return handle.createQuery("SELECT count(*) FROM projects").mapTo(Integer.class).one();
  }
}
